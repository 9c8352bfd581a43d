package com.credittown.platform.idempotency;

import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A POST under {@code /api/} with an {@code Idempotency-Key} header from a signed-in user is done at most once
 * per user and key. The key is taken, the work done and its answer (status, body, Location) stored in ONE
 * transaction, and only then is the answer sent: a client that lost the answer (timeout, node killed) and sends
 * the same request again with the same key gets the stored answer (header {@code Idempotent-Replayed: true}), never
 * a second case, subject or record. The same key with a different request (method, path, query, body) is refused
 * with 422; a retry while the first is still running waits for it. Answers other than 2xx are not stored (their
 * transaction is rolled back, nothing was done), so a retry does the work again. Anonymous requests ignore the
 * header. Runs after the tenant is bound, so the work's transaction sees the caller's tenant.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 20)
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotentRequests requests;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;

    IdempotencyFilter(IdempotentRequests requests, PlatformTransactionManager transactions, ObjectMapper json) {
        this.requests = requests;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !path.startsWith("/api/") || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        Optional<CurrentUser> user = CurrentUsers.current();
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (!VALID_KEY.matcher(key).matches()) {
            problem(response, HttpStatus.BAD_REQUEST, "Invalid Idempotency-Key",
                    "An Idempotency-Key has 1 to 200 visible ASCII characters, e.g. a UUID.");
            return;
        }
        String owner = user.get().username();
        HttpServletRequest work = request;
        String hash;
        if (RequestFingerprint.isMultipart(request) || RequestFingerprint.isForm(request)) {
            try {
                hash = RequestFingerprint.ofParts(request);
            } catch (IllegalStateException tooLarge) {
                // Tomcat reports a part or request over the multipart limits so
                problem(response, HttpStatus.PAYLOAD_TOO_LARGE, "Upload too large", "The upload is larger than this"
                        + " server accepts (spring.servlet.multipart.max-file-size and max-request-size); split the"
                        + " file.");
                return;
            } catch (IOException | ServletException malformed) {
                problem(response, HttpStatus.BAD_REQUEST, "Malformed multipart body", "The multipart/form-data body"
                        + " could not be read: it needs the boundary named in its Content-Type, each part with a"
                        + " Content-Disposition header, and the closing boundary (--boundary--) at its end.");
                return;
            }
        } else {
            byte[] body = request.getInputStream().readAllBytes();
            work = new CachedBodyRequest(request, body);
            hash = RequestFingerprint.of(request, body);
        }
        Optional<StoredRequest> stored = requests.find(owner, key);
        if (stored.isPresent()) {
            replay(stored.get(), hash, response);
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        HttpServletRequest handled = work;
        try {
            transaction.executeWithoutResult(tx -> {
                requests.claim(owner, key, hash, Instant.now());
                try {
                    chain.doFilter(handled, answer);
                } catch (IOException | ServletException e) {
                    throw new FailedRequest(e);
                }
                int status = answer.getStatus();
                if (status >= 200 && status < 300 && !tx.isRollbackOnly()) {
                    requests.answer(owner, key, status, answer.getContentType(),
                            answer.getHeader(HttpHeaders.LOCATION),
                            new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8));
                } else {
                    tx.setRollbackOnly(); // nothing done, nothing stored: a retry does the work
                }
            });
        } catch (FailedRequest e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) e.getCause();
        } catch (DataIntegrityViolationException taken) {
            // the same key was taken by a request that committed first (a retry that overtook the original)
            Optional<StoredRequest> first = requests.find(owner, key);
            if (first.isPresent()) {
                response.reset();
                replay(first.get(), hash, response);
                return;
            }
            notSaved(response, "A request with this Idempotency-Key is being processed. Try again shortly.",
                    HttpStatus.CONFLICT);
            return;
        } catch (TransactionException | DataAccessException unsaved) {
            log.warn("Request {} {} not saved: {}", request.getMethod(), request.getRequestURI(), unsaved.toString());
            notSaved(response, "The change could not be saved (the database is unavailable); nothing was done. "
                    + "Send the same request with the same Idempotency-Key again.", HttpStatus.SERVICE_UNAVAILABLE);
            return;
        }
        answer.copyBodyToResponse();
    }

    private void replay(StoredRequest stored, String hash, HttpServletResponse response)
            throws IOException {
        if (!stored.requestHash().equals(hash)) {
            problem(response, HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key reused",
                    "This Idempotency-Key was used for a different request. Use a new key for a new request.");
            return;
        }
        if (!stored.answered()) {
            problem(response, HttpStatus.CONFLICT, "Request in progress",
                    "A request with this Idempotency-Key is being processed. Try again shortly.");
            return;
        }
        response.setStatus(stored.status());
        response.setHeader(REPLAYED, "true");
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.body() != null) {
            response.getOutputStream().write(stored.body().getBytes(StandardCharsets.UTF_8));
        }
    }

    private void notSaved(HttpServletResponse response, String detail, HttpStatus status) throws IOException {
        response.reset();
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
        }
        problem(response, status, status == HttpStatus.CONFLICT ? "Request in progress" : "Not saved", detail);
    }

    private void problem(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** Carries the chain's checked exception out of the transaction callback. */
    private static final class FailedRequest extends RuntimeException {
        FailedRequest(Exception cause) {
            super(cause);
        }
    }
}
