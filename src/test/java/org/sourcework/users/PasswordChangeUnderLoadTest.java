package org.sourcework.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcework.security.AppRole;
import org.sourcework.security.SignedInUser;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * First sign-ins with a forced password change, many at once, against a pool of two database
 * connections: hashing a password (bcrypt, tens of milliseconds of CPU) must hold none of them.
 * Sign-in is done as the login form does it (a DAO provider publishing Spring Security's events).
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "spring.datasource.hikari.maximum-pool-size=2",
            // how long a request waits for a free connection before it fails
            "spring.datasource.hikari.connection-timeout=3000"
        })
// the accounts made here are committed; this context is not shared with other tests
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PasswordChangeUnderLoadTest {

    private static final String TEMPORARY = "temporary passphrase 9";
    private static final String CHOSEN = "a sentence of my own";
    private static final AtomicInteger accountsMade = new AtomicInteger();

    @Autowired
    UserService users;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    WatchedEncoder encoder;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    SecurityContextHolderStrategy holder;

    @Autowired
    RunAs runAs;

    private AuthenticationManager signIn;

    enum Outcome {
        CHANGED,
        SIGN_IN_REFUSED,
        SIGN_IN_FAILED,
        TOLD_CURRENT_PASSWORD_IS_WRONG,
        REFUSED,
        SERVER_BUSY
    }

    @BeforeEach
    void signInLikeTheForm() {
        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        var manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        signIn = manager;
    }

    @Test
    void a_forced_password_change_hashes_with_no_database_connection_held() {
        var student = newStudentWithTemporaryPassword();
        encoder.reset();

        assertThat(arrive(student)).isEqualTo(Outcome.CHANGED);

        // sign-in checks once; the change checks the current one, compares the new one, and hashes it
        assertThat(encoder.hashes()).isGreaterThanOrEqualTo(4);
        assertThat(encoder.hashedHoldingAConnection()).isEmpty();
    }

    @Test
    void two_people_in_the_middle_of_hashing_leave_the_pool_of_two_free_for_a_third() throws Exception {
        var first = newStudentWithTemporaryPassword();
        var second = newStudentWithTemporaryPassword();
        var third = newStudentWithTemporaryPassword();
        var hashing = new CountDownLatch(2);
        var release = new CountDownLatch(1);
        var executor = Executors.newFixedThreadPool(2);
        try {
            List<Future<Outcome>> held = new ArrayList<>();
            for (var student : List.of(first, second)) {
                held.add(executor.submit(() -> arrive(student, () -> encoder.holdWhileHashing(hashing, release))));
            }
            assertThat(hashing.await(2, TimeUnit.MINUTES))
                    .as("both are hashing their passwords")
                    .isTrue();

            Outcome thirdOutcome;
            try {
                thirdOutcome = arrive(third);
            } finally {
                release.countDown();
            }

            assertThat(thirdOutcome).isEqualTo(Outcome.CHANGED);
            for (var outcome : held) {
                assertThat(outcome.get(2, TimeUnit.MINUTES)).isEqualTo(Outcome.CHANGED);
            }
        } finally {
            release.countDown();
            executor.shutdownNow();
        }
    }

    @Test
    void many_first_sign_ins_at_once_change_their_passwords_and_none_is_told_the_password_is_wrong() throws Exception {
        var students = new ArrayList<String>();
        for (int i = 0; i < 16; i++) {
            students.add(newStudentWithTemporaryPassword());
        }
        encoder.reset();
        var executor = Executors.newFixedThreadPool(8);
        try {
            var arrivals = new ArrayList<Callable<Outcome>>();
            students.forEach(student -> arrivals.add(() -> arrive(student)));

            var outcomes = new ArrayList<Outcome>();
            for (var future : executor.invokeAll(arrivals)) {
                outcomes.add(future.get());
            }

            assertThat(outcomes).hasSize(16).containsOnly(Outcome.CHANGED);
            assertThat(encoder.hashedHoldingAConnection()).isEmpty();
            assertThat(students)
                    .allSatisfy(student -> assertThat(signIn.authenticate(
                                            UsernamePasswordAuthenticationToken.unauthenticated(student, CHOSEN))
                                    .isAuthenticated())
                            .isTrue());
        } finally {
            executor.shutdownNow();
        }
    }

    private Outcome arrive(String username) {
        return arrive(username, () -> {});
    }

    /** Signs in with the temporary password, then replaces it as the forced change asks; {@code beforeChange} runs between. */
    private Outcome arrive(String username, Runnable beforeChange) {
        Authentication signedIn;
        try {
            signedIn = signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, TEMPORARY));
        } catch (BadCredentialsException wrong) {
            return Outcome.SIGN_IN_REFUSED;
        } catch (AuthenticationException fault) {
            return Outcome.SIGN_IN_FAILED;
        }
        var principal = (SignedInUser) signedIn.getPrincipal();
        assertThat(principal.mustChangePassword())
                .as("a first sign-in must change the password")
                .isTrue();
        var context = holder.createEmptyContext();
        context.setAuthentication(signedIn);
        holder.setContext(context);
        try {
            beforeChange.run();
            users.changeOwnPassword(TEMPORARY, CHOSEN);
            return principal.mustChangePassword() ? Outcome.REFUSED : Outcome.CHANGED;
        } catch (UserRejectedException rejected) {
            return rejected.field().filter(UserService.CURRENT_PASSWORD::equals).isPresent()
                    ? Outcome.TOLD_CURRENT_PASSWORD_IS_WRONG
                    : Outcome.REFUSED;
        } catch (DataAccessException | TransactionException fault) {
            return Outcome.SERVER_BUSY;
        } finally {
            holder.clearContext();
        }
    }

    private String newStudentWithTemporaryPassword() {
        var username = "arrival" + accountsMade.incrementAndGet();
        runAs.user(
                "admin",
                () -> users.create(new NewUser(
                        username, "Arriving Student", username + "@example.org", AppRole.STUDENT, TEMPORARY, true)));
        return username;
    }

    @TestConfiguration
    static class Hashing {

        @Bean
        @Primary
        WatchedEncoder watchedEncoder() {
            return new WatchedEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        }
    }

    /**
     * The application's encoder, noting whether each hash runs while this thread holds a database
     * resource, and able to stop chosen threads in the middle of hashing.
     */
    static final class WatchedEncoder implements PasswordEncoder {

        private final PasswordEncoder real;
        private final AtomicInteger hashes = new AtomicInteger();
        private final List<String> holding = new CopyOnWriteArrayList<>();
        private final Set<Thread> held = ConcurrentHashMap.newKeySet();
        private volatile CountDownLatch hashing = new CountDownLatch(0);
        private volatile CountDownLatch release = new CountDownLatch(0);

        WatchedEncoder(PasswordEncoder real) {
            this.real = real;
        }

        void reset() {
            hashes.set(0);
            holding.clear();
        }

        int hashes() {
            return hashes.get();
        }

        List<String> hashedHoldingAConnection() {
            return holding;
        }

        /** The calling thread's next hashes wait for {@code release}; each counts down {@code hashing} first. */
        void holdWhileHashing(CountDownLatch hashing, CountDownLatch release) {
            this.hashing = hashing;
            this.release = release;
            held.add(Thread.currentThread());
        }

        private void watch() {
            hashes.incrementAndGet();
            if (!TransactionSynchronizationManager.getResourceMap().isEmpty()) {
                holding.add(
                        Thread.currentThread().getName() + ": " + TransactionSynchronizationManager.getResourceMap());
            }
            if (held.remove(Thread.currentThread())) {
                hashing.countDown();
                try {
                    release.await(2, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public String encode(CharSequence rawPassword) {
            watch();
            return real.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            watch();
            return real.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return real.upgradeEncoding(encodedPassword);
        }
    }
}
