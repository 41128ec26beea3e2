#ifndef LIBCOOP_CNCURSES_SHIM_H
#define LIBCOOP_CNCURSES_SHIM_H
/*
 * The C side of LibcoopBackend: ncursesw with wide-character support, plus static inline
 * accessors for what Swift cannot import (function-like macros such as COLOR_PAIR and KEY_F,
 * attribute bit macros) or may not touch under Swift 6 strict concurrency (the mutable globals
 * stdscr, LINES, COLS, COLORS, COLOR_PAIRS, stdin, stdout).
 */
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <sys/ioctl.h>
#include <ncursesw/curses.h>

/* Globals. */
static inline WINDOW *libcoop_stdscr(void) { return stdscr; }
static inline int libcoop_lines(void) { return LINES; }
static inline int libcoop_cols(void) { return COLS; }
static inline int libcoop_colors(void) { return COLORS; }
static inline int libcoop_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *libcoop_stdin(void) { return stdin; }
static inline FILE *libcoop_stdout(void) { return stdout; }

/* Attribute bits (macros built with NCURSES_BITS). */
static inline attr_t libcoop_attr_normal(void) { return WA_NORMAL; }
static inline attr_t libcoop_attr_bold(void) { return WA_BOLD; }
static inline attr_t libcoop_attr_dim(void) { return WA_DIM; }
static inline attr_t libcoop_attr_underline(void) { return WA_UNDERLINE; }
static inline attr_t libcoop_attr_reverse(void) { return WA_REVERSE; }

/* Key codes that are function-like macros. */
static inline int libcoop_key_f(int n) { return KEY_F(n); }

/* Mouse masks (built with NCURSES_MOUSE_MASK). */
static inline mmask_t libcoop_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t libcoop_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t libcoop_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t libcoop_button2_pressed(void) { return BUTTON2_PRESSED; }
static inline mmask_t libcoop_button2_released(void) { return BUTTON2_RELEASED; }
static inline mmask_t libcoop_button2_clicked(void) { return BUTTON2_CLICKED; }
static inline mmask_t libcoop_button3_pressed(void) { return BUTTON3_PRESSED; }
static inline mmask_t libcoop_button3_released(void) { return BUTTON3_RELEASED; }
static inline mmask_t libcoop_button3_clicked(void) { return BUTTON3_CLICKED; }
static inline mmask_t libcoop_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t libcoop_button5_pressed(void) {
#ifdef BUTTON5_PRESSED
    return BUTTON5_PRESSED;
#else
    return 0;
#endif
}
static inline mmask_t libcoop_button_shift(void) { return BUTTON_SHIFT; }
static inline mmask_t libcoop_button_ctrl(void) { return BUTTON_CTRL; }
static inline mmask_t libcoop_button_alt(void) { return BUTTON_ALT; }

/* A terminfo string capability, or NULL when absent or not a string. */
static inline const char *libcoop_tigetstr(const char *name) {
    char *value = tigetstr(name);
    if (value == (char *)-1) return NULL;
    return value;
}

/* The terminal's size from the kernel (0 on failure). */
static inline int libcoop_window_size(int fd, int *rows, int *cols) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return -1;
    *rows = size.ws_row;
    *cols = size.ws_col;
    return 0;
}

/* libc's column width of a scalar in the current locale (what ncurses measures with). */
extern int wcwidth(wchar_t);
static inline int libcoop_wcwidth(unsigned int scalar) { return wcwidth((wchar_t)scalar); }

/* Whether the current LC_CTYPE codeset is UTF-8. */
static inline int libcoop_locale_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

#endif
