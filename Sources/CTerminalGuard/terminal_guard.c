#define _GNU_SOURCE
#include "terminal_guard.h"
#include "crash_report.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#define LEAVE_CAPACITY 1024

static int guard_fd = -1;
static int pipe_fds[2] = {-1, -1};
static struct termios original_termios;
static int have_original = 0;
static char leave_bytes[LEAVE_CAPACITY];
static size_t leave_length = 0;
static atomic_int active = 0;
static atomic_uint pending = 0;
static int installed = 0;
static atomic_int claimed = 0;
static int atexit_registered = 0;
/* Whether the program is sending output to the terminal: OUTPUT_IDLE, OUTPUT_WRITING, or
 * OUTPUT_STOP_WAITING when a Ctrl-Z came meanwhile and waits for the output to end. */
enum { OUTPUT_IDLE, OUTPUT_WRITING, OUTPUT_STOP_WAITING };
static atomic_int output_state = OUTPUT_IDLE;
/* The thread that installed the guard: the program's main thread, which draws. */
static pid_t main_thread = 0;

/* A signal that reached another thread (a background worker) is sent on to the main thread, so
 * its handler runs between the main thread's writes, never beside them. Returns 1 if sent on. */
static int forward_to_main_thread(int sig) {
    if (main_thread == 0 || gettid() == main_thread) return 0;
    return tgkill(getpid(), main_thread, sig) == 0;
}

static const int terminating_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
#define COUNT(array) (sizeof(array) / sizeof((array)[0]))

/* Previous dispositions, indexed by signal number. */
static struct sigaction previous[NSIG];
static int saved[NSIG];

static void write_all(int fd, const char *bytes, size_t length) {
    while (length > 0) {
        ssize_t written = write(fd, bytes, length);
        if (written < 0) {
            if (errno == EINTR) continue;
            return;
        }
        bytes += written;
        length -= (size_t)written;
    }
}

void ctg_restore_terminal(void) {
    if (!atomic_exchange(&active, 0)) return;
    int saved_errno = errno;
    if (guard_fd >= 0) {
        if (leave_length > 0) write_all(guard_fd, leave_bytes, leave_length);
        if (have_original) tcsetattr(guard_fd, TCSANOW, &original_termios);
    }
    errno = saved_errno;
}

void ctg_wake(void) {
    int saved_errno = errno;
    if (pipe_fds[1] >= 0) {
        char byte = 1;
        (void)!write(pipe_fds[1], &byte, 1);
    }
    errno = saved_errno;
}

static void report(unsigned flag) {
    atomic_fetch_or(&pending, flag);
    ctg_wake();
}

int ctg_claim(void) { return atomic_exchange(&claimed, 1) == 0; }

void ctg_release(void) { atomic_store(&claimed, 0); }

void ctg_request_wake(void) { report(CTG_EVENT_WOKEN); }

static void on_terminate(int sig) {
    if (forward_to_main_thread(sig)) return;
    ctg_restore_terminal();
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(sig, &action, NULL);
    /* Blocked while this handler runs: delivered, with the default action, when it returns. */
    raise(sig);
}

static void on_stop(int sig) {
    (void)sig;
    int saved_errno = errno;
    if (forward_to_main_thread(sig)) {
        errno = saved_errno;
        return;
    }
    /* Mid-frame: stop once the frame is out (ctg_end_output), not now. Stopped now, the rest of
     * the frame would be written after `fg`, before the program re-enters full-screen mode: over
     * the shell's screen. A second Ctrl-Z while the first waits (output stalled on a dead link)
     * stops at once, and the end of the frame then stops nothing more. */
    int expected = OUTPUT_WRITING;
    if (atomic_compare_exchange_strong(&output_state, &expected, OUTPUT_STOP_WAITING)) {
        errno = saved_errno;
        return;
    }
    if (expected == OUTPUT_STOP_WAITING) {
        atomic_compare_exchange_strong(&output_state, &expected, OUTPUT_WRITING);
    }
    int was_active = atomic_load(&active);
    ctg_restore_terminal();

    struct sigaction ours, dfl;
    sigaction(SIGTSTP, NULL, &ours);
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(SIGTSTP, &dfl, NULL);

    sigset_t unblock, old_mask;
    sigemptyset(&unblock);
    sigaddset(&unblock, SIGTSTP);
    sigprocmask(SIG_UNBLOCK, &unblock, &old_mask);
    raise(SIGTSTP);  /* stops here until SIGCONT */
    sigprocmask(SIG_SETMASK, &old_mask, NULL);
    sigaction(SIGTSTP, &ours, NULL);

    /* The program re-enters its mode (ncurses refresh) on the main thread when it sees this. */
    if (was_active) report(CTG_EVENT_RESUMED);
    errno = saved_errno;
}

static void on_continue(int sig) {
    (void)sig;
    report(CTG_EVENT_RESUMED);
}

static void on_resize(int sig) {
    (void)sig;
    report(CTG_EVENT_RESIZED);
}

static void install_one(int sig, void (*handler)(int), int flags, int respect_ignore) {
    struct sigaction action;
    if (sigaction(sig, NULL, &previous[sig]) != 0) return;
    if (respect_ignore && previous[sig].sa_handler == SIG_IGN) return;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = flags;
    if (sigaction(sig, &action, NULL) == 0) saved[sig] = 1;
}

int ctg_install(int tty_fd) {
    if (installed) return 0;
    guard_fd = tty_fd;
    main_thread = gettid();
    have_original = tcgetattr(tty_fd, &original_termios) == 0;
    if (pipe2(pipe_fds, O_NONBLOCK | O_CLOEXEC) != 0) {
        pipe_fds[0] = pipe_fds[1] = -1;
        return -1;
    }

    /* Crashes: restore, report, die (crash_report.c); installed once for the whole run. */
    ccr_install();

    for (size_t i = 0; i < COUNT(terminating_signals); i++)
        install_one(terminating_signals[i], on_terminate, 0, 1);
    /* No SA_RESTART: a blocking poll(2) or read(2) returns EINTR so the loop notices at once. */
    install_one(SIGTSTP, on_stop, 0, 1);
    install_one(SIGCONT, on_continue, 0, 0);
    install_one(SIGWINCH, on_resize, 0, 0);

    if (!atexit_registered) {
        atexit(ctg_restore_terminal);
        atexit_registered = 1;
    }
    installed = 1;
    return 0;
}

void ctg_uninstall(void) {
    if (!installed) return;
    for (int sig = 1; sig < NSIG; sig++) {
        if (saved[sig]) {
            sigaction(sig, &previous[sig], NULL);
            saved[sig] = 0;
        }
    }
    if (pipe_fds[0] >= 0) close(pipe_fds[0]);
    if (pipe_fds[1] >= 0) close(pipe_fds[1]);
    pipe_fds[0] = pipe_fds[1] = -1;
    atomic_store(&pending, 0);
    main_thread = 0;
    installed = 0;
}

void ctg_set_leave_sequence(const char *bytes, size_t length) {
    if (length > LEAVE_CAPACITY) length = LEAVE_CAPACITY;
    /* Not active while being changed, so a handler never sees half a sequence. */
    int was_active = atomic_exchange(&active, 0);
    memcpy(leave_bytes, bytes, length);
    leave_length = length;
    atomic_store(&active, was_active);
}

void ctg_begin_output(void) { atomic_store(&output_state, OUTPUT_WRITING); }

void ctg_end_output(void) {
    if (atomic_exchange(&output_state, OUTPUT_IDLE) == OUTPUT_STOP_WAITING) raise(SIGTSTP);
}

void ctg_set_active(int value) { atomic_store(&active, value ? 1 : 0); }

int ctg_is_active(void) { return atomic_load(&active); }

int ctg_wakeup_fd(void) { return pipe_fds[0]; }

unsigned ctg_take_events(void) {
    if (pipe_fds[0] >= 0) {
        char buffer[64];
        while (read(pipe_fds[0], buffer, sizeof buffer) > 0) {
        }
    }
    return atomic_exchange(&pending, 0);
}
