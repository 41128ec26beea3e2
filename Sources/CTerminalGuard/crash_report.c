#define _GNU_SOURCE
#include "crash_report.h"
#include "terminal_guard.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#define PATH_CAPACITY 4096
#define FOLDERS_CAPACITY (4 * PATH_CAPACITY)
#define MESSAGE_CAPACITY 8192

static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS};
#define COUNT(array) (sizeof(array) / sizeof((array)[0]))

static struct sigaction previous[NSIG];
static int installed = 0;
static atomic_int crashing = 0;

/* Written only by ccr_configure, before any crash it could describe; read by the handler. */
static char folders[FOLDERS_CAPACITY];
static size_t folders_length = 0;
static char report_file[PATH_CAPACITY];
static int have_report_file = 0;
static char message_head[MESSAGE_CAPACITY];
static char message_tail[MESSAGE_CAPACITY];
static char message_tail_unsaved[MESSAGE_CAPACITY];
static int have_message = 0;
static int keep_previous = 1;
static atomic_int configuring = 0;

static char alternate_stack[64 * 1024];

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

static void write_text(int fd, const char *text) { write_all(fd, text, strlen(text)); }

static const char *signal_name(int sig) {
    switch (sig) {
    case SIGSEGV: return "SIGSEGV";
    case SIGBUS: return "SIGBUS";
    case SIGILL: return "SIGILL";
    case SIGFPE: return "SIGFPE";
    case SIGABRT: return "SIGABRT";
    case SIGTRAP: return "SIGTRAP";
    case SIGSYS: return "SIGSYS";
    default: return "signal";
    }
}

/* Calls the handler that was there before, as the kernel would have: with the siginfo and the
 * context of the crash, so a backtrace starts where the program crashed. */
static void call_previous(int sig, siginfo_t *info, void *context) {
    struct sigaction *before = &previous[sig];
    if (before->sa_flags & SA_SIGINFO) {
        if (before->sa_sigaction) before->sa_sigaction(sig, info, context);
    } else if (before->sa_handler != SIG_DFL && before->sa_handler != SIG_IGN) {
        before->sa_handler(sig);
    }
}

/* Dies of `sig` with its default action, whoever sent it. */
static void die(int sig) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(sig, &action, NULL);
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, sig);
    sigprocmask(SIG_UNBLOCK, &unblock, NULL);
    raise(sig);
    _exit(128 + sig);
}

/* Creates the report's folders and file; returns its descriptor, or -1. */
static int create_report(void) {
    size_t offset = 0;
    while (offset < folders_length && folders[offset] != '\0') {
        (void)mkdir(folders + offset, 0700);
        offset += strlen(folders + offset) + 1;
    }
    return open(report_file, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
}

static void on_crash(int sig, siginfo_t *info, void *context) {
    ctg_restore_terminal();
    if (atomic_exchange(&crashing, 1) || atomic_load(&configuring)) die(sig);

    int report = have_report_file ? create_report() : -1;
    if (report >= 0) {
        /* The backtracer writes to the file itself; its progress line goes to standard error. */
        int saved_error = dup(STDERR_FILENO);
        int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (null >= 0) {
            dup2(null, STDERR_FILENO);
            close(null);
        }
        call_previous(sig, info, context);
        if (saved_error >= 0) {
            dup2(saved_error, STDERR_FILENO);
            close(saved_error);
        }
        struct stat status;
        if (fstat(report, &status) == 0 && status.st_size == 0) {
            write_text(report, "libcoop crashed: ");
            write_text(report, signal_name(sig));
            write_text(report, "\n(no backtrace: the Swift runtime's backtracer did not run)\n");
        }
        close(report);
        /* The report is written: no core dump as well, which a system's crash collector can take
         * seconds to swallow while the shell waits. */
        struct rlimit no_core = {0, 0};
        setrlimit(RLIMIT_CORE, &no_core);
    } else if (!have_report_file && keep_previous) {
        call_previous(sig, info, context);
    }
    if (have_message) {
        write_text(STDERR_FILENO, message_head);
        write_text(STDERR_FILENO, signal_name(sig));
        write_text(STDERR_FILENO, have_report_file && report < 0 ? message_tail_unsaved : message_tail);
    }
    die(sig);
}

void ccr_install(void) {
    if (installed) return;
    installed = 1;

    /* A stack of its own, to survive a stack overflow (unless the runtime set one up). */
    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && (current.ss_flags & SS_DISABLE)) {
        stack_t stack;
        stack.ss_sp = alternate_stack;
        stack.ss_size = sizeof alternate_stack;
        stack.ss_flags = 0;
        sigaltstack(&stack, NULL);
    }

    for (size_t i = 0; i < COUNT(crash_signals); i++) {
        int sig = crash_signals[i];
        if (sigaction(sig, NULL, &previous[sig]) != 0) continue;
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_sigaction = on_crash;
        /* Other signals wait; crash signals must not: the backtracer's memory reader expects a
         * fault it provokes to reach its own handler (a blocked fault would kill the process),
         * and a crash inside this handler is caught by `crashing` and ends the process. */
        sigfillset(&action.sa_mask);
        for (size_t j = 0; j < COUNT(crash_signals); j++) sigdelset(&action.sa_mask, crash_signals[j]);
        action.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
        sigaction(sig, &action, NULL);
    }
}

int ccr_configure(const char *folder_list, size_t folder_list_length, const char *file,
                  const char *head, const char *tail, const char *unsaved_tail, int call_previous_without_report) {
    if (folder_list_length > FOLDERS_CAPACITY || (file && strlen(file) >= PATH_CAPACITY)
        || strlen(head) >= MESSAGE_CAPACITY || strlen(tail) >= MESSAGE_CAPACITY
        || strlen(unsaved_tail) >= MESSAGE_CAPACITY) return -1;
    atomic_store(&configuring, 1);
    memcpy(folders, folder_list, folder_list_length);
    folders_length = folder_list_length;
    if (file) {
        strcpy(report_file, file);
        have_report_file = 1;
    } else {
        have_report_file = 0;
    }
    strcpy(message_head, head);
    strcpy(message_tail, tail);
    strcpy(message_tail_unsaved, unsaved_tail);
    have_message = 1;
    keep_previous = call_previous_without_report;
    atomic_store(&configuring, 0);
    return 0;
}
