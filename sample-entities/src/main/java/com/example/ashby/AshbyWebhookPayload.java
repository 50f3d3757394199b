package com.example.ashby;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.Length;
import org.hibernate.annotations.ColumnDefault;

/** Audit log of the raw webhook payloads Ashby sent (stored as text, not jsonb, for now). */
@Entity
@Table(name = "ashby_webhook_payloads", indexes = {
        @Index(name = "ix_ashby_webhook_payloads_received_at", columnList = "received_at"),
        @Index(name = "ix_ashby_webhook_payloads_action", columnList = "action")})
public class AshbyWebhookPayload {

    @Id
    @Column(name = "payload_id")
    private UUID payloadId;

    /** interviewScheduleUpdate, ping... */
    @NotNull
    @Size(max = 100)
    @Column(name = "action", nullable = false, length = 100)
    private String action;

    @NotNull
    @Column(name = "payload", nullable = false, length = Length.LONG32)
    private String payload;

    @Column(name = "signature_valid", nullable = false)
    private boolean signatureValid;

    @ColumnDefault("now()")
    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Column(name = "processed_at")
    private OffsetDateTime processedAt;

    @Size(max = 2000)
    @Column(name = "processing_error", length = 2000)
    private String processingError;

    public AshbyWebhookPayload() {
    }

    public UUID getPayloadId() {
        return payloadId;
    }

    public void setPayloadId(UUID payloadId) {
        this.payloadId = payloadId;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getPayload() {
        return payload;
    }

    public void setPayload(String payload) {
        this.payload = payload;
    }

    public boolean isSignatureValid() {
        return signatureValid;
    }

    public void setSignatureValid(boolean signatureValid) {
        this.signatureValid = signatureValid;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(OffsetDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    public OffsetDateTime getProcessedAt() {
        return processedAt;
    }

    public void setProcessedAt(OffsetDateTime processedAt) {
        this.processedAt = processedAt;
    }

    public String getProcessingError() {
        return processingError;
    }

    public void setProcessingError(String processingError) {
        this.processingError = processingError;
    }
}
