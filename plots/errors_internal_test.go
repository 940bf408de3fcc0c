package plots

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestFail: the value plots panics with is an error "plots: Fn: …" that
// matches its kind under errors.Is (and no other), cut to MaxErrorLen bytes
// on a whole rune.
func TestFail(t *testing.T) {
	catch := func(f func()) (err error) {
		defer func() { err, _ = recover().(error) }()
		f()
		return nil
	}
	err := catch(func() {
		fail("Training", ErrNonFinite, "series %s at point %d is (%v, %v), not finite", quote("α = 2.1"), 12, 13, "+Inf")
	})
	if want := `plots: Training: series "α = 2.1" at point 12 is (13, +Inf), not finite`; err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
	if !errors.Is(err, ErrNonFinite) || errors.Is(err, ErrLimit) {
		t.Errorf("%v: errors.Is ErrNonFinite %v, ErrLimit %v; want true, false", err, errors.Is(err, ErrNonFinite), errors.Is(err, ErrLimit))
	}
	err = catch(func() { fail("Scatter", nil, "%s", strings.Repeat("ü", 1000)) })
	if err == nil || len(err.Error()) > MaxErrorLen || !utf8.ValidString(err.Error()) || !strings.HasSuffix(err.Error(), "ü…") {
		t.Errorf("a long message: got %d bytes (%q…), want at most %d, cut on a rune, ending in …", len(err.Error()), err.Error()[:20], MaxErrorLen)
	}
	if errors.Is(err, ErrNonFinite) || errors.Is(err, ErrLimit) {
		t.Errorf("%v matches a kind, want none", err)
	}
}
