package com.credittown.platform.credit.publication;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * 双公示 imports over REST: upload a CSV file or an .xlsx workbook (202 with the job), poll the job, download its
 * errors as CSV or .xlsx. The {tenant} path segment is resolved by the tenant request filter into the tenant context.
 */
@RestController
@RequestMapping("/api/tenants/{tenant}/imports")
class DoublePublicityImportController {

    private static final Logger log = LoggerFactory.getLogger(DoublePublicityImportController.class);
    private static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DoublePublicityImport imports;
    private final DoublePublicitySettings settings;

    DoublePublicityImportController(DoublePublicityImport imports, DoublePublicitySettings settings) {
        this.imports = imports;
        this.settings = settings;
    }

    @PostMapping(path = "/double-publicity", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportJobView> upload(@PathVariable String tenant, @RequestParam("file") MultipartFile file)
            throws IOException {
        if (file.getSize() > settings.maxFileSize().toBytes()) {
            throw new ImportFileTooLargeException("The file has " + file.getSize() + " bytes, but at most "
                    + settings.maxFileSizeText() + " are accepted (setting credittown.double-publicity.max-file-size);"
                    + " split the file");
        }
        Path copy = Files.createTempFile("double-publicity-", ".upload");
        Runnable delete = () -> delete(copy);
        ImportJobView job;
        try {
            file.transferTo(copy);
            job = imports.start(ImportSource.of(copy), file.getOriginalFilename(), com.credittown.platform.identity.CurrentUsers.actor(), delete);
        } catch (IOException | RuntimeException e) {
            delete.run();
            throw e;
        }
        return ResponseEntity.accepted()
                .location(URI.create("/api/tenants/" + tenant + "/imports/" + job.id()))
                .body(job);
    }

    @GetMapping("/{jobId}")
    ImportJobView job(@PathVariable long jobId) {
        return imports.job(jobId);
    }

    @GetMapping("/{jobId}/errors")
    void errors(@PathVariable long jobId, HttpServletResponse response) throws IOException {
        imports.job(jobId); // 404 before anything is written
        response.setContentType(TEXT_CSV.toString());
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + jobId + "-errors.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        imports.writeErrors(jobId, out);
        out.flush();
    }

    @GetMapping("/{jobId}/errors.xlsx")
    void errorWorkbook(@PathVariable long jobId, HttpServletResponse response) throws IOException {
        imports.job(jobId); // 404 before anything is written
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + jobId + "-errors.xlsx\"");
        imports.writeErrorWorkbook(jobId, response.getOutputStream());
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the uploaded copy {}", file, e);
        }
    }
}
