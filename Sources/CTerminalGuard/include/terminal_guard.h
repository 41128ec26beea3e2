#ifndef LIBCOOP_TERMINAL_GUARD_H
#define LIBCOOP_TERMINAL_GUARD_H

/*
 * Terminal guard: gives the terminal back on every way out of the program.
 *
 * Signal handlers may only do async-signal-safe work, so the guard keeps, ready in static
 * memory, everything needed to restore the terminal without ncurses: the termios settings from
 * before the program took over, and the byte sequence that leaves the full-screen mode (exit the
 * alternate screen, show the cursor, reset attributes, stop mouse reporting). Restoring is
 * then tcsetattr(2) plus write(2), both async-signal-safe.
 *
 * - SIGINT, SIGTERM, SIGHUP, SIGQUIT: restore, then die of the same signal (default action), so
 *   the parent sees the right status. Signals ignored at install time (nohup) stay ignored.
 * - SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS (crashes, Swift traps): restore,
 *   write the crash report and die (crash_report.h; ctg_install installs those handlers too).
 * - SIGTSTP (Ctrl-Z): restore, stop; on SIGCONT report "resumed" so the program redraws. While
 *   the program is sending a frame (ctg_begin_output .. ctg_end_output), the stop waits for the
 *   frame to be out, so no part of it lands on the shell's screen after `fg`.
 * - SIGWINCH: report "resized".
 * - exit(3) while the screen is active: restore from an atexit handler.
 * Reports are flags plus a byte written to a self-pipe, so a poll(2) loop wakes at once.
 * A terminating signal or SIGTSTP that reaches another thread (a background worker) is sent on
 * to the thread that called ctg_install (tgkill), so it is handled between that thread's writes.
 */

#include <stddef.h>

/** Flags returned by ctg_take_events. */
enum {
    CTG_EVENT_RESIZED = 1,
    CTG_EVENT_RESUMED = 2,
    CTG_EVENT_WOKEN = 4,
};

/** Claims the terminal for this process's one backend: returns 1 if it was free (now claimed),
 *  0 if already claimed. */
int ctg_claim(void);

/** Releases the claim taken by ctg_claim. */
void ctg_release(void);

/** Saves the termios of tty_fd (the state to give back) and installs the handlers.
 *  Call before ncurses starts, so that ncurses keeps these handlers instead of its own.
 *  Returns 0, or -1 with errno set. */
int ctg_install(int tty_fd);

/** Restores the signal dispositions found by ctg_install and closes the self-pipe. */
void ctg_uninstall(void);

/** Sets the bytes that leave full-screen mode (copied; at most 1024 bytes). */
void ctg_set_leave_sequence(const char *bytes, size_t length);

/** Marks whether the terminal is currently in the program's mode (handlers restore only then). */
void ctg_set_active(int active);

/** Marks the start of output to the terminal (a frame, re-entering full-screen mode): a Ctrl-Z
 *  from now on waits for ctg_end_output. Main thread only; not nested. */
void ctg_begin_output(void);

/** Marks the end of that output, and stops the program now if a Ctrl-Z came meanwhile. */
void ctg_end_output(void);

/** Whether the terminal is currently marked active. */
int ctg_is_active(void);

/** Restores the saved termios and writes the leave sequence, if active; then marks inactive.
 *  Async-signal-safe. */
void ctg_restore_terminal(void);

/** The read end of the self-pipe (non-blocking), for poll(2); -1 before ctg_install. */
int ctg_wakeup_fd(void);

/** Wakes a poll(2) on ctg_wakeup_fd from any thread or handler. Async-signal-safe. */
void ctg_wake(void);

/** Asks the program's input loop to return early (CTG_EVENT_WOKEN), from any thread. */
void ctg_request_wake(void);

/** Returns and clears the pending CTG_EVENT_* flags, and empties the self-pipe. */
unsigned ctg_take_events(void);

#endif
