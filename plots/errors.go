package plots

import (
	"errors"
	"fmt"
	"strconv"
	"unicode/utf8"

	"gomlp.dev/internal/validate"
)

// MaxErrorLen is the longest message, in bytes, of a panic from plots: a
// message that quotes the caller's data shows the start of a long name and
// the ends of a long list, never all of it.
const MaxErrorLen = 400

// The kinds of bad data a figure cannot draw. plots panics with an error
// (its message "plots: Fn: …") that matches one of them under errors.Is
// when the data are the problem; other mistakes (a nil matrix, shapes that
// do not fit, an empty list) match neither.
var (
	// ErrNonFinite: a value to draw is NaN or ±Inf.
	ErrNonFinite = errors.New("plots: a value is not finite")
	// ErrLimit: a value, a range, a size or a count is beyond what a
	// figure can draw (MaxValue, MinLogValue, MaxLogDecades, MaxClasses,
	// MinSide, MaxSide, 100 images).
	ErrLimit = errors.New("plots: beyond the limits of a figure")
)

// quoteRunes is how many runes of a name a message quotes.
const quoteRunes = 40

// fail panics with the mistake of a caller of the exported function fn:
// an error whose message is "plots: fn: " and the formatted text, cut to
// MaxErrorLen bytes, and which matches kind (ErrNonFinite, ErrLimit or nil
// for neither) under errors.Is.
func fail(fn string, kind error, format string, args ...any) {
	msg := fmt.Sprintf("plots: "+fn+": "+format, args...)
	if len(msg) > MaxErrorLen {
		msg = cut(msg, MaxErrorLen-len("…")) + "…"
	}
	if kind == nil {
		panic(errors.New(msg))
	}
	panic(validate.Errorf(kind, "%s", msg))
}

// bug panics with an error of gonum/plot that the checks before the call
// rule out: a mistake of plots, not of its caller.
func bug(err error) {
	if err != nil {
		panic(fmt.Sprintf("plots: internal error (a bug of package plots): %v", err))
	}
}

// cut returns the longest prefix of s of at most n bytes that ends on a
// whole rune.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// quote returns s quoted as %q does, its first quoteRunes runes only
// followed by "…" when it is longer.
func quote(s string) string {
	if utf8.RuneCountInString(s) > quoteRunes {
		i := 0
		for range quoteRunes {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
		s = s[:i] + "…"
	}
	return strconv.Quote(s)
}
