package org.plenary.app;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.plenary.app.access.Role;
import org.plenary.persistence.UserEntity;
import org.plenary.scenario.Violation;

/** Users: created and given new passwords by admins; the first admin comes from the configuration. */
@ApplicationScoped
public class UserService {

    private static final Logger LOG = Logger.getLogger(UserService.class);

    /**
     * Lower case letters, digits, dots and hyphens: no commas (the share list is comma-separated), no LIKE
     * wildcards (% and _), nothing that needs escaping in a URL.
     */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9.-]{2,63}");
    public static final int MIN_PASSWORD = 12;
    /** bcrypt ignores everything after 72 bytes; a longer password would only look stronger. */
    public static final int MAX_PASSWORD_BYTES = 72;

    public record UserView(String username, String role, Instant createdAt) {
        static UserView of(UserEntity e) {
            return new UserView(e.username, e.role, e.createdAt);
        }
    }

    @Inject
    PlenaryConfig config;

    /** Creates the configured first admin when it does not exist. Safe when several instances start at once. */
    void onStart(@Observes StartupEvent event) {
        String name = config.admin().username().orElse(null);
        String password = config.admin().password().orElse(null);
        if (name == null || password == null) {
            if (QuarkusTransaction.requiringNew().call(() -> UserEntity.count("role", "admin")) == 0) {
                LOG.warn("No admin user: set PLENARY_ADMIN_USERNAME and PLENARY_ADMIN_PASSWORD to create one");
            }
            return;
        }
        List<Violation> problems = check(name, password, Role.ADMIN.id());
        if (!problems.isEmpty()) {
            LOG.errorf("The configured admin is not created: %s: %s", problems.get(0).field(), problems.get(0).message());
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (UserEntity.byName(name).isEmpty()) {
                    persist(name, password, Role.ADMIN.id());
                    LOG.infof("Created the configured admin user %s", name);
                }
            });
        } catch (RuntimeException e) {
            // Another instance created it between our check and our insert (unique user name): nothing to do.
            if (QuarkusTransaction.requiringNew().call(() -> UserEntity.byName(name).isEmpty())) {
                throw e;
            }
        }
    }

    @Transactional
    public UserView create(String username, String password, String role) {
        List<Violation> problems = check(username, password, role);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        if (UserEntity.byName(username).isPresent()) {
            throw new ConflictProblem("username", "a user named " + username + " exists");
        }
        return UserView.of(persist(username, password, role));
    }

    @Transactional
    public void resetPassword(String username, String password) {
        UserEntity user = UserEntity.byName(username).orElseThrow(() -> new NotFoundProblem("no user " + username));
        List<Violation> problems = new ArrayList<>();
        checkPassword(password, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        user.password = hash(password);
    }

    public List<UserView> list() {
        return QuarkusTransaction.requiringNew().call(() -> UserEntity.<UserEntity>findAll(Sort.by("username"))
                .page(0, 1000).list().stream().map(UserView::of).toList());
    }

    private UserEntity persist(String username, String password, String role) {
        UserEntity user = new UserEntity();
        user.username = username;
        user.password = hash(password);
        user.role = role;
        user.createdAt = Instant.now();
        user.persist();
        user.flush();
        return user;
    }

    private String hash(String password) {
        return BcryptUtil.bcryptHash(password, config.security().bcryptCost());
    }

    private static List<Violation> check(String username, String password, String role) {
        List<Violation> problems = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            problems.add(Violation.at("username", "3 to 64 characters: lower case letters, digits, dots and hyphens, "
                    + "starting with a letter or digit"));
        }
        checkPassword(password, problems);
        if (Role.ofUser(role) == null) {
            problems.add(Violation.at("role", "one of viewer, analyst, admin"));
        }
        return problems;
    }

    private static void checkPassword(String password, List<Violation> problems) {
        if (password == null || password.length() < MIN_PASSWORD
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.add(Violation.at("password", "between " + MIN_PASSWORD + " characters and "
                    + MAX_PASSWORD_BYTES + " bytes (UTF-8)"));
        } else if (password.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            problems.add(Violation.at("password", "no control characters"));
        }
    }
}
