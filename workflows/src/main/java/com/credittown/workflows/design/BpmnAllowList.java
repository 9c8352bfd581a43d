package com.credittown.workflows.design;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Longer than 300 lines because it is mostly a data table, the allow-list of elements and attributes ({@code rules()},
 * {@code diagram()}), kept beside the walk that applies it so the security check is reviewed as one piece.
 * <p>
 * The first check of a diagram, on its XML as the engine reads it: parsed namespace-aware from the same characters
 * the engine will parse, with no DTD, no entities and nothing external, so character references are resolved and CDATA
 * sections joined before anything is looked at. Only the elements and attributes that the designer's generator and the
 * bpmn-js modeler write are admitted (an allow-list by namespace and name), each in the format it has there; the one
 * text the engine evaluates, a sequence flow's condition, must be {@link DesignGrammar}'s condition, and no other
 * attribute or text may hold an expression at all. Each problem names the element's id (or its nearest ancestor's).
 */
final class BpmnAllowList {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
    static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
    static final String DI = "http://www.omg.org/spec/DD/20100524/DI";
    static final String FLOWABLE = "http://flowable.org/bpmn";
    static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    /** bpmn-js's colours (its colour picker writes both). */
    static final String BIOC = "http://bpmn.io/schema/bpmn/biocolor/1.0";
    static final String COLOR = "http://www.omg.org/spec/BPMN/non-normative/color/1.0";
    private static final Set<String> NAMESPACES = Set.of(BPMN, BPMNDI, DC, DI, FLOWABLE, XSI, BIOC, COLOR);

    /** How an attribute's value or an element's text must read. */
    private enum Format {
        ID(Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,99}").asMatchPredicate()),
        /** Free text that the engine never evaluates: names, documentation, the target namespace. */
        TEXT(text -> text.length() <= 2_000),
        NUMBER(Pattern.compile("-?\\d{1,7}(\\.\\d{1,6})?").asMatchPredicate()),
        BOOLEAN(Pattern.compile("true|false").asMatchPredicate()),
        COLOR(Pattern.compile("#[0-9A-Fa-f]{3,8}|[a-z]{3,20}|rgba?\\([0-9., %]{5,40}\\)").asMatchPredicate()),
        DIRECTION(Pattern.compile("None|One|Both").asMatchPredicate()),
        ASSIGNEE(DesignGrammar::isAssignee),
        GROUPS(DesignGrammar::isCandidateGroups),
        /** Its grammar depends on the design: {@link BpmnChecker} checks it on the parsed model. */
        FORM_KEY(text -> text.length() <= 200),
        DUE_DATE(text -> DesignGrammar.workingDays(text).isPresent()),
        CALENDAR(DesignGrammar.CALENDAR::equals),
        COPY_TO(DesignGrammar.COPY_TO_DELEGATE::equals),
        CONDITION(text -> DesignGrammar.parseCondition(text).isPresent()),
        /** {@code xsi:type} of a condition: BPMN's {@code tFormalExpression}, whatever its prefix. */
        FORMAL_EXPRESSION(text -> true);

        private final Predicate<String> accepts;

        Format(Predicate<String> accepts) {
            this.accepts = accepts;
        }

        /** The problem code when a value that holds no expression is not in this format. */
        String code() {
            return switch (this) {
                case ASSIGNEE, GROUPS -> "bad-assignee";
                case DUE_DATE, CALENDAR -> "missing-due-date";
                case COPY_TO -> "service-not-allowed";
                default -> "bad-value";
            };
        }
    }

    /** What an element may hold: these attributes, these child elements, and text in this format (null: none). */
    private record Rule(Map<QName, Format> attributes, Set<QName> children, Format text) {
    }

    private static final Map<QName, Rule> RULES = rules();

    private final List<DesignProblem> problems = new ArrayList<>();

    private BpmnAllowList() {
    }

    /** The problems of a diagram's XML; none means every element, attribute and text is one the designer writes. */
    static List<DesignProblem> check(String xml) {
        Document document;
        try {
            document = parse(xml);
        } catch (SAXParseException e) {
            boolean dtd = xml.contains("<!DOCTYPE") || xml.contains("<!ENTITY");
            return List.of(new DesignProblem("bpmn", dtd ? "dtd-not-allowed" : "malformed", dtd
                    ? "the diagram may not declare a DTD or entities (<!DOCTYPE>, <!ENTITY>)"
                    : "the diagram is not well-formed XML (line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + "): " + e.getMessage()));
        } catch (Exception e) {
            return List.of(new DesignProblem("bpmn", "malformed", "the diagram is not XML: " + e.getMessage()));
        }
        Element root = document.getDocumentElement();
        if (!q(BPMN, "definitions").equals(name(root))) {
            return List.of(new DesignProblem("bpmn", "malformed", "the diagram's root element is <"
                    + root.getTagName() + ">, not BPMN 2.0's <definitions>"));
        }
        BpmnAllowList walk = new BpmnAllowList();
        walk.element(root, RULES.get(name(root)), "bpmn");
        return walk.problems;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setCoalescing(true);
        factory.setIgnoringComments(true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        // the engine decodes the deployed text itself (UTF-8), so the characters checked are the characters it reads
        return builder.parse(new InputSource(new StringReader(xml)));
    }

    private void element(Element element, Rule rule, String owner) {
        String id = element.hasAttribute("id") ? element.getAttribute("id") : null;
        String here = id != null && Format.ID.accepts.test(id) ? "step:" + id : owner;
        attributes(element, rule, here);
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> child((Element) child, element, rule, here);
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> text.append(child.getNodeValue());
                default -> problems.add(new DesignProblem(here, "element-not-allowed", describe(element)
                        + " holds <?" + child.getNodeName() + " " + shorten(String.valueOf(child.getNodeValue()))
                        + "?>; the designer writes no processing instructions"));
            }
        }
        text(element, rule, here, text.toString());
    }

    private void child(Element child, Element parent, Rule parentRule, String owner) {
        QName name = name(child);
        Rule rule = RULES.get(name);
        if (rule != null && parentRule.children().contains(name)) {
            element(child, rule, owner);
            return;
        }
        String id = child.hasAttribute("id") && Format.ID.accepts.test(child.getAttribute("id"))
                ? "step:" + child.getAttribute("id") : owner;
        if (q(BPMN, "scriptTask").equals(name)) {
            problems.add(new DesignProblem(id, "script-not-allowed", describe(child)
                    + " would run a script: scripts are not allowed"));
        } else {
            problems.add(new DesignProblem(id, "element-not-allowed", describe(child) + " in " + describe(parent)
                    + " is not an element the designer writes (" + allowedIn(parentRule) + ")"));
        }
    }

    private void attributes(Element element, Rule rule, String owner) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String value = attribute.getValue();
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
                if (!NAMESPACES.contains(value)) {
                    problems.add(new DesignProblem(owner, "attribute-not-allowed", describe(element) + " declares "
                            + attribute.getName() + "=\"" + shorten(value) + "\", a namespace the designer does not use"));
                }
                continue;
            }
            Format format = rule.attributes().get(name(attribute));
            if (format == null) {
                problems.add(new DesignProblem(owner, DesignGrammar.hasExpression(value) ? "expression-not-allowed"
                        : "attribute-not-allowed", describe(element) + " has the attribute " + attribute.getName()
                        + "=\"" + shorten(value) + "\", which the designer does not write"));
            } else if (DesignGrammar.hasExpression(value) && format != Format.COPY_TO) {
                problems.add(expression(owner, element, attribute.getName(), value));
            } else if (format == Format.FORMAL_EXPRESSION ? !isFormalExpression(element, value)
                    : !format.accepts.test(value)) {
                problems.add(new DesignProblem(owner, DesignGrammar.hasExpression(value) ? "expression-not-allowed"
                        : format.code(), describe(element) + ": " + attribute.getName() + "=\"" + shorten(value)
                        + "\" is not what the designer writes there (" + expected(format) + ")"));
            }
        }
    }

    private void text(Element element, Rule rule, String owner, String text) {
        if (rule.text() == null) {
            if (!text.isBlank()) {
                problems.add(new DesignProblem(owner, DesignGrammar.hasExpression(text) ? "expression-not-allowed"
                        : "bad-value", describe(element) + " holds the text \"" + shorten(text.strip())
                        + "\", where the designer writes none"));
            }
        } else if (rule.text() == Format.CONDITION) {
            if (!Format.CONDITION.accepts.test(text)) {
                problems.add(expression(owner, element, "its condition", text));
            }
        } else if (DesignGrammar.hasExpression(text)) {
            problems.add(expression(owner, element, "its text", text));
        } else if (!rule.text().accepts.test(text.strip())) {
            problems.add(new DesignProblem(owner, "bad-value", describe(element) + " holds \"" + shorten(text.strip())
                    + "\", which is not " + expected(rule.text())));
        }
    }

    private static DesignProblem expression(String owner, Element element, String where, String value) {
        return new DesignProblem(owner, "expression-not-allowed", describe(element) + ": " + where + " reads \""
                + shorten(value.strip()) + "\" once parsed; the engine would evaluate it, and a designed process may "
                + "hold only the designer's own expressions (a condition " + DesignGrammar.condition(
                new Condition("field", Operator.EQUALS, "value")) + " on a sequence flow, "
                + DesignGrammar.COPY_TO_DELEGATE + " on a copy-to service task)");
    }

    private static boolean isFormalExpression(Element element, String value) {
        int colon = value.indexOf(':');
        String prefix = colon < 0 ? null : value.substring(0, colon);
        String local = value.substring(colon + 1);
        return "tFormalExpression".equals(local) && BPMN.equals(element.lookupNamespaceURI(prefix));
    }

    private static String expected(Format format) {
        return switch (format) {
            case ASSIGNEE -> "a user name";
            case GROUPS -> "roles or department:<code>, separated by commas";
            case DUE_DATE -> "P<n>D, working days";
            case CALENDAR -> "the " + DesignGrammar.CALENDAR + " calendar";
            case COPY_TO -> DesignGrammar.COPY_TO_DELEGATE + ", the copy-to";
            case CONDITION -> "a condition the designer writes";
            default -> "a " + format.name().toLowerCase().replace('_', ' ');
        };
    }

    private static String allowedIn(Rule rule) {
        return rule.children().isEmpty() ? "it holds no elements" : "it may hold " + String.join(", ",
                rule.children().stream().map(QName::getLocalPart).sorted().toList());
    }

    private static String describe(Element element) {
        String id = element.getAttribute("id");
        return "<" + element.getTagName() + ">" + (id.isEmpty() ? "" : " '" + shorten(id) + "'");
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 120 ? flat : flat.substring(0, 117) + "...";
    }

    private static QName name(Node node) {
        return q(node.getNamespaceURI(), node.getLocalName());
    }

    private static QName q(String namespace, String local) {
        return new QName(namespace == null ? "" : namespace, local);
    }

    private static Map<QName, Rule> rules() {
        Map<QName, Rule> rules = new HashMap<>();
        Set<QName> flowParts = Set.of(q(BPMN, "documentation"), q(BPMN, "incoming"), q(BPMN, "outgoing"));
        Map<QName, Format> named = Map.of(q("", "id"), Format.ID, q("", "name"), Format.TEXT);
        rules.put(q(BPMN, "definitions"), new Rule(Map.of(q("", "id"), Format.ID, q("", "name"), Format.TEXT,
                q("", "targetNamespace"), Format.TEXT, q("", "exporter"), Format.TEXT, q("", "exporterVersion"),
                Format.TEXT, q(XSI, "schemaLocation"), Format.TEXT),
                Set.of(q(BPMN, "process"), q(BPMNDI, "BPMNDiagram")), null));
        rules.put(q(BPMN, "process"), new Rule(with(named, q("", "isExecutable"), Format.BOOLEAN),
                Set.of(q(BPMN, "documentation"), q(BPMN, "startEvent"), q(BPMN, "endEvent"), q(BPMN, "userTask"),
                        q(BPMN, "serviceTask"), q(BPMN, "exclusiveGateway"), q(BPMN, "parallelGateway"),
                        q(BPMN, "sequenceFlow"), q(BPMN, "textAnnotation"), q(BPMN, "association")), null));
        rules.put(q(BPMN, "startEvent"), new Rule(with(named, q(FLOWABLE, "formKey"), Format.FORM_KEY), flowParts,
                null));
        rules.put(q(BPMN, "endEvent"), new Rule(named, flowParts, null));
        Map<QName, Format> userTask = new HashMap<>(named);
        userTask.put(q(FLOWABLE, "assignee"), Format.ASSIGNEE);
        userTask.put(q(FLOWABLE, "candidateGroups"), Format.GROUPS);
        userTask.put(q(FLOWABLE, "formKey"), Format.FORM_KEY);
        userTask.put(q(FLOWABLE, "dueDate"), Format.DUE_DATE);
        userTask.put(q(FLOWABLE, "businessCalendarName"), Format.CALENDAR);
        rules.put(q(BPMN, "userTask"), new Rule(userTask, flowParts, null));
        rules.put(q(BPMN, "serviceTask"), new Rule(with(named, q(FLOWABLE, "delegateExpression"), Format.COPY_TO),
                flowParts, null));
        rules.put(q(BPMN, "exclusiveGateway"), new Rule(with(named, q("", "default"), Format.ID), flowParts, null));
        rules.put(q(BPMN, "parallelGateway"), new Rule(named, flowParts, null));
        rules.put(q(BPMN, "sequenceFlow"), new Rule(with(with(named, q("", "sourceRef"), Format.ID),
                q("", "targetRef"), Format.ID), Set.of(q(BPMN, "documentation"), q(BPMN, "conditionExpression")),
                null));
        rules.put(q(BPMN, "conditionExpression"), new Rule(Map.of(q(XSI, "type"), Format.FORMAL_EXPRESSION),
                Set.of(), Format.CONDITION));
        rules.put(q(BPMN, "incoming"), new Rule(Map.of(), Set.of(), Format.ID));
        rules.put(q(BPMN, "outgoing"), new Rule(Map.of(), Set.of(), Format.ID));
        rules.put(q(BPMN, "documentation"), new Rule(Map.of(), Set.of(), Format.TEXT));
        rules.put(q(BPMN, "textAnnotation"), new Rule(Map.of(q("", "id"), Format.ID), Set.of(q(BPMN, "text")), null));
        rules.put(q(BPMN, "text"), new Rule(Map.of(), Set.of(), Format.TEXT));
        rules.put(q(BPMN, "association"), new Rule(Map.of(q("", "id"), Format.ID, q("", "sourceRef"), Format.ID,
                q("", "targetRef"), Format.ID, q("", "associationDirection"), Format.DIRECTION), Set.of(), null));
        diagram(rules);
        return Map.copyOf(rules);
    }

    /** Diagram interchange: where each element is drawn, and bpmn-js's colours. */
    private static void diagram(Map<QName, Rule> rules) {
        Map<QName, Format> colours = Map.of(q(BIOC, "stroke"), Format.COLOR, q(BIOC, "fill"), Format.COLOR,
                q(COLOR, "background-color"), Format.COLOR, q(COLOR, "border-color"), Format.COLOR);
        Map<QName, Format> drawn = new HashMap<>(colours);
        drawn.put(q("", "id"), Format.ID);
        drawn.put(q("", "bpmnElement"), Format.ID);
        Map<QName, Format> shape = new HashMap<>(drawn);
        shape.put(q("", "isMarkerVisible"), Format.BOOLEAN);
        shape.put(q("", "isExpanded"), Format.BOOLEAN);
        shape.put(q("", "isHorizontal"), Format.BOOLEAN);
        Map<QName, Format> edge = new HashMap<>(drawn);
        edge.put(q("", "sourceElement"), Format.ID);
        edge.put(q("", "targetElement"), Format.ID);
        rules.put(q(BPMNDI, "BPMNDiagram"), new Rule(Map.of(q("", "id"), Format.ID, q("", "name"), Format.TEXT),
                Set.of(q(BPMNDI, "BPMNPlane")), null));
        rules.put(q(BPMNDI, "BPMNPlane"), new Rule(Map.of(q("", "id"), Format.ID, q("", "bpmnElement"), Format.ID),
                Set.of(q(BPMNDI, "BPMNShape"), q(BPMNDI, "BPMNEdge")), null));
        rules.put(q(BPMNDI, "BPMNShape"), new Rule(shape, Set.of(q(DC, "Bounds"), q(BPMNDI, "BPMNLabel")), null));
        rules.put(q(BPMNDI, "BPMNEdge"), new Rule(edge, Set.of(q(DI, "waypoint"), q(BPMNDI, "BPMNLabel")), null));
        rules.put(q(BPMNDI, "BPMNLabel"), new Rule(Map.of(q("", "id"), Format.ID, q(COLOR, "color"), Format.COLOR),
                Set.of(q(DC, "Bounds")), null));
        rules.put(q(DC, "Bounds"), new Rule(Map.of(q("", "x"), Format.NUMBER, q("", "y"), Format.NUMBER,
                q("", "width"), Format.NUMBER, q("", "height"), Format.NUMBER), Set.of(), null));
        rules.put(q(DI, "waypoint"), new Rule(Map.of(q("", "x"), Format.NUMBER, q("", "y"), Format.NUMBER), Set.of(),
                null));
    }

    private static Map<QName, Format> with(Map<QName, Format> base, QName name, Format format) {
        Map<QName, Format> all = new HashMap<>(base);
        all.put(name, format);
        return Map.copyOf(all);
    }
}
