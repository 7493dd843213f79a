package org.plenary.persistence;

import java.time.Instant;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user of the API, checked by HTTP Basic authentication: the password is a bcrypt hash (MCF). */
@Entity
@Table(name = "app_user")
@UserDefinition
public class UserEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Username
    @Column(nullable = false, unique = true, length = 64)
    public String username;

    @Password
    @Column(nullable = false, length = 100)
    public String password;

    @Roles
    @Column(nullable = false, length = 16)
    public String role;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<UserEntity> byName(String username) {
        if (username == null || username.length() > 64 || username.indexOf('\u0000') >= 0) {
            return Optional.empty();
        }
        return find("username", username).firstResultOptional();
    }
}
