package check

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// nilPointerError is an error type whose Error method reads its receiver,
// as most do: a nil *nilPointerError crashes it.
type nilPointerError struct{ msg string }

func (e *nilPointerError) Error() string { return e.msg }

// mayFail returns a typed nil: an interface holding a nil pointer, which is
// not a nil error (the classic Go mistake).
func mayFail() error {
	var e *nilPointerError
	return e
}

// TestNoErrorTypedNil: NoError on a typed-nil error stops the notebook with
// a message that names the mistake. Before issue 18 the panic value's Error
// method crashed while the runtime printed it: the program died with "fatal
// error: panic while printing panic value" and a segmentation fault, with no
// word about the cause. The crash only shows when the panic is not
// recovered, so the test runs it in a child process, as a notebook cell runs.
func TestNoErrorTypedNil(t *testing.T) {
	if os.Getenv("CHECK_TYPED_NIL_CHILD") == "1" {
		NoError(mayFail())
		return
	}
	msg := panics(func() { NoError(mayFail()) })
	want := "check: got a nil *check.nilPointerError as a non-nil error (a function returned a typed nil pointer as its error: return a literal nil instead)"
	if msg != want {
		t.Errorf("recovered %q, want %q", msg, want)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestNoErrorTypedNil$")
	cmd.Env = append(os.Environ(), "CHECK_TYPED_NIL_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("the child process did not stop:\n%s", out)
	}
	if s := string(out); !strings.Contains(s, "panic: "+want) || strings.Contains(s, "fatal error") {
		t.Errorf("the child process printed\n%s\nwant a panic with %q and no fatal error", s, want)
	}
}
