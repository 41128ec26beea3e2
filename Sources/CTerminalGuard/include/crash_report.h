#ifndef LIBCOOP_CRASH_REPORT_H
#define LIBCOOP_CRASH_REPORT_H

/*
 * Crash report: what happens on SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP and SIGSYS
 * (faults and Swift traps, or the same signals sent from outside).
 *
 * The handler, on an alternate stack:
 * 1. gives the terminal back (ctg_restore_terminal, a no-op when it is not taken);
 * 2. if a report file is configured (ccr_configure): creates its folders (mode 0700) and the file (0600),
 *    then calls the handler that was there before (the Swift runtime's backtracer, which
 *    SWIFT_BACKTRACE set at start-up tells to write the report to that file and not to ask
 *    anything) directly, with the original siginfo and context, standard error muted so its
 *    progress line does not reach the terminal; if the backtracer wrote nothing, a minimal
 *    report (the signal) is written instead;
 *    once the report is written, core dumps are turned off (the report replaces them);
 * 3. writes the configured one-line message to standard error, the signal's name in it;
 * 4. dies of the same signal with the default action (status 128+n), even when the signal was
 *    sent from outside and the backtracer would have let the program carry on.
 * Everything it does is async-signal-safe: the paths and messages are prepared beforehand.
 */

#include <stddef.h>

/** Installs the crash handlers (once; later calls do nothing). The handler that was there before
 *  (the Swift backtracer) is kept and called on a crash. */
void ccr_install(void);

/** Sets the report: `folders` is a list of NUL-terminated paths ending with an empty one (each
 *  created in turn, parents first), `file` the report's path, and the message as the text before
 *  and after the signal's name (`unsaved_tail` when the file cannot be created: the backtracer is
 *  then not called, as it would print to the terminal). With no file (NULL), the previous handler
 *  is called only if `call_previous_without_report` (the user configured the backtracer). Copies
 *  everything; paths longer than 4096 bytes and messages longer than 8192 bytes are refused
 *  (returns -1). */
int ccr_configure(const char *folders, size_t folders_length, const char *file,
                  const char *message_head, const char *message_tail, const char *unsaved_tail,
                  int call_previous_without_report);

#endif
