package org.plenary.persistence;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.plenary.app.access.Caller;
import org.plenary.app.access.Visibility;

/** A stored scenario: the canonical document plus what lists need. Optimistic locking on {@link #version}. */
@Entity
@Table(name = "scenario")
public class ScenarioEntity extends PanacheEntityBase {

    /** Where a scenario came from: bundled files are refreshed from disk; API scenarios never are. */
    public enum Origin { BUNDLED, API }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 80)
    public String slug;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(name = "election_year", nullable = false)
    public int year;

    @Column(length = 10000)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Origin origin;

    @Column(name = "source_file")
    public String sourceFile;

    @Column(name = "forked_from", length = 80)
    public String forkedFrom;

    @Column(name = "content_hash", nullable = false, length = 64)
    public String contentHash;

    @Column(nullable = false)
    public String document;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Who created it over the API; null for bundled scenarios. */
    @Column(length = 64)
    public String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public Visibility visibility = Visibility.PUBLIC;

    /** For SHARED: ",alice,bob," (see V5__ownership.sql). */
    @Column(name = "shared_with", length = 4000)
    public String sharedWith;

    public List<String> sharedNames() {
        if (sharedWith == null || sharedWith.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(sharedWith.split(",")).filter(n -> !n.isEmpty()).toList();
    }

    /** Whether the caller may read this scenario (and its runs). */
    public boolean readableBy(Caller caller) {
        return visibility == Visibility.PUBLIC || caller.isAdmin() || caller.is(owner)
                || (visibility == Visibility.SHARED && caller.name() != null
                        && sharedWith != null && sharedWith.contains("," + caller.name() + ","));
    }

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Optional<ScenarioEntity> bySlug(String slug) {
        // No stored slug is longer or holds NUL (which PostgreSQL refuses in a query): nothing to look up.
        if (slug == null || slug.length() > 80 || slug.indexOf('\u0000') >= 0) {
            return Optional.empty();
        }
        return find("slug", slug).firstResultOptional();
    }
}
