package com.credittown.workflows.attachment;

import com.credittown.platform.identity.CurrentUsers;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A case's attachments over REST: upload (multipart field {@code file}), list, download. */
@RestController
@RequestMapping("/api/tenants/{tenant}/cases/{caseId}/attachments")
class AttachmentController {

    private final AttachmentService attachments;

    AttachmentController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Attachment> upload(@PathVariable String tenant, @PathVariable String caseId,
                                      @RequestParam("file") MultipartFile file) throws IOException {
        Attachment stored = attachments.attach(caseId, file.getOriginalFilename(), file.getBytes(),
                CurrentUsers.actor());
        return ResponseEntity.created(URI.create("/api/tenants/" + tenant + "/cases/" + caseId + "/attachments/"
                + stored.id())).body(stored);
    }

    @GetMapping
    List<Attachment> list(@PathVariable String caseId) {
        return attachments.of(caseId);
    }

    @GetMapping("/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable String caseId, @PathVariable String attachmentId) {
        AttachmentService.StoredFile file = attachments.download(caseId, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.attachment().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.attachment().fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }
}
