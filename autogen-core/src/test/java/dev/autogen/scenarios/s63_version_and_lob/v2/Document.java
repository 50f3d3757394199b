package dev.autogen.scenarios.s63_version_and_lob.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "document")
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "title", length = 200)
    String title;

    @Version
    @Column(name = "version")
    int version;

    @Lob
    @Column(name = "body")
    String body;

    @Lob
    @Column(name = "scan")
    byte[] scan;

    @Column(name = "raw")
    byte[] raw;
}
