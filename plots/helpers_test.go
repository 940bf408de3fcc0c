package plots_test

import (
	"bytes"
	"errors"
	"fmt"
	"log"
	"path/filepath"
	"strings"
	"testing"

	"gomlp.dev/internal/atomicfile"

	"gomlp.dev/plots"
)

// save writes f as testdata/<name>.png, as the golden tests expect. The
// golden images are testdata/<name>_golden.png; `go test ./plots -regen`
// renews them (gonum/plot's cmpimg flag): look at every one before committing.
func save(name string, f plots.Figure) {
	saveBytes(name, plots.PNG(f, 0, 0))
}

// sameBytes renders two figures built from the same data and checks that
// the PNGs are identical, byte for byte.
func sameBytes(t *testing.T, build func() plots.Figure) {
	t.Helper()
	var imgs [2][]byte
	for i := range imgs {
		imgs[i] = plots.PNG(build(), 0, 0)
	}
	if !bytes.Equal(imgs[0], imgs[1]) {
		t.Errorf("two renderings of the same data differ (%d and %d bytes)", len(imgs[0]), len(imgs[1]))
	}
}

// panicked runs f and returns the error it panicked with, nil if it
// returned. Every panic of plots is an error; any other value is returned
// as an error that says so.
func panicked(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			var ok bool
			if err, ok = r.(error); !ok {
				err = fmt.Errorf("panicked with a %T, not an error: %v", r, r)
			}
		}
	}()
	f()
	return nil
}

// wantPanic checks that f panics with a plots: error mentioning want, and
// returns that error. The error's kind must agree with its message: it
// matches plots.ErrNonFinite exactly when the message says "not finite",
// and plots.ErrLimit exactly when it names a limit (plots.MaxValue, …, the
// most images or slider positions), an image size or a log scale.
func wantPanic(t *testing.T, want string, f func()) error {
	t.Helper()
	err := panicked(f)
	if err == nil {
		t.Fatalf("did not panic, want a panic mentioning %q", want)
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, "plots: ") || !strings.Contains(msg, want) {
		t.Errorf("panicked with %q, want a plots: error mentioning %q", msg, want)
	}
	nonFinite := strings.Contains(msg, "not finite")
	limit := !nonFinite && (strings.Contains(msg, "(plots.M") || strings.Contains(msg, "image size") ||
		strings.Contains(msg, "log scale") || strings.Contains(msg, "fit in a figure") || strings.Contains(msg, "positions"))
	if errors.Is(err, plots.ErrNonFinite) != nonFinite || errors.Is(err, plots.ErrLimit) != limit {
		t.Errorf("%q: errors.Is ErrNonFinite %v, ErrLimit %v; want %v, %v",
			msg, errors.Is(err, plots.ErrNonFinite), errors.Is(err, plots.ErrLimit), nonFinite, limit)
	}
	return err
}

// wantPanicIs is wantPanic for a panic that also matches kind under
// errors.Is (plots.ErrNonFinite, plots.ErrLimit).
func wantPanicIs(t *testing.T, kind error, want string, f func()) {
	t.Helper()
	if err := wantPanic(t, want, f); err != nil && !errors.Is(err, kind) {
		t.Errorf("panic %q does not match %v", err, kind)
	}
}

// noPanic runs f and fails the test if it panics.
func noPanic(t *testing.T, f func()) {
	t.Helper()
	if err := panicked(f); err != nil {
		t.Fatalf("panicked: %v", err)
	}
}

// saveBytes writes a rendered PNG as testdata/<name>.png.
func saveBytes(name string, img []byte) {
	if err := atomicfile.WriteFile(filepath.Join("testdata", name+".png"), img, 0o644); err != nil {
		log.Fatal(err)
	}
}
