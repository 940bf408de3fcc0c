package plots

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxErrorLen is the longest message, in bytes, of an error from plots: an
// error that quotes the caller's data shows the start of a long name and
// the first and last values of a long list, never all of it.
const MaxErrorLen = 400

const (
	// quoteRunes is how many runes of a name an error message quotes.
	quoteRunes = 40
	// listEnds is how many values from each end of a long list an error
	// message shows.
	listEnds = 3
)

// errorf is fmt.Errorf for the errors of plots: the message gets the
// prefix "plots: " and is cut to MaxErrorLen bytes; a %w error stays
// wrapped.
func errorf(format string, args ...any) error {
	err := fmt.Errorf("plots: "+format, args...)
	msg := err.Error()
	if len(msg) <= MaxErrorLen {
		return err
	}
	return &cutError{msg: cut(msg, MaxErrorLen-len("…")) + "…", err: errors.Unwrap(err)}
}

// cutError is an error whose message was cut, wrapping the error it was
// made from (if any).
type cutError struct {
	msg string
	err error
}

func (e *cutError) Error() string { return e.msg }
func (e *cutError) Unwrap() error { return e.err }

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

// values writes v as %v does when it is short, else its first and last
// listEnds values and its length: "[1 2 3 … 8 9 10] (10 values)".
func values(v []float64) string {
	if len(v) <= 2*listEnds+1 {
		return fmt.Sprint(v)
	}
	head := strings.Trim(fmt.Sprint(v[:listEnds]), "[]")
	tail := strings.Trim(fmt.Sprint(v[len(v)-listEnds:]), "[]")
	return fmt.Sprintf("[%s … %s] (%d values)", head, tail, len(v))
}
