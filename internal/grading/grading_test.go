package grading

import (
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

func TestCap(t *testing.T) {
	if got := Cap("abc", 5); got != "abc" {
		t.Errorf("Cap short = %q", got)
	}
	if got := Cap("αβγδεζ", 4); got != "αβγ…" {
		t.Errorf("Cap = %q, want αβγ…", got)
	}
}

func TestVerdictMessage(t *testing.T) {
	v := &Verdict{}
	v.Close("f(1)", math.NaN(), 2, 1e-12)
	v.Vec("g", []float64{1}, []float64{1, 2}, 0)
	v.Close("h", 3, 3, 0)
	if got, want := v.Message(), "f(1) = NaN, want 2 (tolerance 1e-12) (and 1 more failures)"; got != want {
		t.Errorf("message %q, want %q", got, want)
	}
	if got := F(-0.5); got != "−0.5" {
		t.Errorf("F(−0.5) = %q", got)
	}
	if got := V([]float64{1, 2, 3, 4, 5, 6, 7, 8}); got != "(1, 2, 3, …, 6, 7, 8)" {
		t.Errorf("V = %q", got)
	}
}

func TestCheckPackage(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.go", "package a\n\nimport (\n\t\"math\"\n\t\"gonum.org/v1/gonum/mat\"\n)\n\nvar _ = math.Pi\nvar _ mat.Dense\n")
	write("a_test.go", "package a\n\nimport \"gomlp.dev/mlp\"\n")
	if err := CheckPackage(dir, "a", nil); err != nil {
		t.Errorf("allowed imports: %v", err)
	}
	for src, want := range map[string]string{
		"package a\n\nimport m \"gomlp.dev/mlp\"\n":                       "exercise a must not import gomlp.dev/mlp (b.go)",
		"package a\n\nimport _ \"gomlp.dev/internal/cases/a\"\n":          "must not import gomlp.dev/internal/cases/a",
		"package a\n\nimport _ \"gomlp.dev/solutions/a\"\n":               "must not import gomlp.dev/solutions/a",
		"package a\n\nimport _ \"unsafe\"\n":                              "must not import unsafe",
		"package a\n\nimport \"C\"\n":                                     "must not import C",
		"package a\n\nfunc f() {}\n\n//go:linkname f gomlp.dev/x.Loops\n": "holds a //go:linkname directive",
		"package a\n\n//go:embed x\nvar s string\n":                       "holds a //go:embed directive",
		"package b\n":              "a.go is package a, b.go is package b",
		"package a\n\nfunc f( {\n": "b.go:3:",
	} {
		write("b.go", src)
		if err := CheckPackage(dir, "a", nil); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want %q", src, err, want)
		}
	}
	write("b.go", "package a\n\nimport _ \"github.com/not/pinned\"\n")
	std := func(p string) bool { return !strings.Contains(p, ".") }
	if err := CheckPackage(dir, "a", std); err == nil || !strings.Contains(err.Error(), "only the standard library and gonum") {
		t.Errorf("unlisted import: %v", err)
	}
	write("b.go", "package a\n\nimport _ \"gomlp.dev/mlpx\"\n")
	if err := CheckPackage(dir, "a", nil); err == nil {
		t.Errorf("gomlp.dev/mlpx: no error (every course package is refused)")
	}
}

func TestTable(t *testing.T) {
	seen := map[string]bool{}
	for _, e := range Table {
		if seen[e.Name] {
			t.Errorf("exercise %s twice", e.Name)
		}
		seen[e.Name] = true
		if len(e.Tests) < 2 || e.Total() <= 0 {
			t.Errorf("exercise %s: %d tests, %d points", e.Name, len(e.Tests), e.Total())
		}
		if _, err := os.Stat(filepath.Join("..", "..", "notebooks", e.Notebook+".ipynb")); err != nil {
			t.Errorf("exercise %s: notebook %s: %v", e.Name, e.Notebook, err)
		}
	}
	if len(Table) < 12 {
		t.Errorf("%d exercises, want at least 12", len(Table))
	}
}

// toy is a one-function exercise for the harness's own tests.
type toy struct{ F func(x float64) float64 }

type toyCall struct{ X float64 }

func (c toyCall) String() string { return "F(" + F(c.X) + ")" }

var toySuite = Suite[toy]{Exercise: "threshold", Tests: []Test[toy]{New("Z_hand",
	func(r *rand.Rand) []toyCall { return []toyCall{{1}, {Uniform(r, 0, 1)}} },
	func(impl toy, c toyCall) float64 { return impl.F(c.X) },
	func(v *Verdict, calls []toyCall, got, want []float64) {
		for i, c := range calls {
			v.Close(c.String(), got[i], 2*c.X, 0)
		}
	})}}

// TestAnswers: what a call does becomes its reply, and a reply that is not
// an answer fails the test with a message naming the call.
func TestAnswers(t *testing.T) {
	ref := toy{func(x float64) float64 { return 2 * x }}
	for _, c := range []struct {
		name   string
		f      func(float64) float64
		status string
		msg    string
	}{
		{"right", ref.F, StatusPass, ""},
		{"wrong", func(x float64) float64 { return x }, StatusFail, "F(1) = 1, want 2"},
		{"NaN", func(float64) float64 { return math.NaN() }, StatusFail, "F(1) = NaN, want 2"},
		{"stub", func(float64) float64 { panic("not implemented: F") }, StatusNotImpl, "not implemented: F"},
		{"panic", func(float64) float64 { var m map[int]int; m[1] = 1; return 0 }, StatusError, "F(1) panicked: assignment to entry in nil map"},
		{"Goexit", func(float64) float64 { runtime.Goexit(); return 0 }, StatusError, "F(1) did not return: it called runtime.Goexit"},
		{"loop", func(float64) float64 { select {} }, StatusTimeout, "timed out after 100ms"},
	} {
		out := Local(toySuite, "Z_hand", 1, toy{c.f}, ref, 100*time.Millisecond)
		if out.Status != c.status || !strings.Contains(out.Message, c.msg) {
			t.Errorf("%s: %+v, want %s %q", c.name, out, c.status, c.msg)
		}
	}
	if out := Local(toySuite, "Z_hand", 1, ref, toy{func(float64) float64 { panic("bug") }}, time.Second); out.Status != StatusFault {
		t.Errorf("a failing reference: %+v, want a grader fault", out)
	}
}

// TestMissingAndGarbledReplies: the grader's view of a process that ended
// or wrote nonsense.
func TestMissingAndGarbledReplies(t *testing.T) {
	calls, _, err := toySuite.Plan("Z_hand", 7)
	if err != nil {
		t.Fatal(err)
	}
	var want []Reply
	toySuite.Tests[0].answer(toy{func(x float64) float64 { return 2 * x }}, calls, func(r Reply) { want = append(want, r) })
	if out := toySuite.Judge("Z_hand", calls, want, want); out.Status != StatusPass {
		t.Fatalf("right answers: %+v", out)
	}
	got := []Reply{want[0], {Index: 1, Missing: true}}
	if out := toySuite.Judge("Z_hand", calls, got, want); out.Status != StatusMissing {
		t.Errorf("a missing reply: %+v", out)
	}
	got = []Reply{want[0], {Index: 1, Value: []byte("not gob")}}
	if out := toySuite.Judge("Z_hand", calls, got, want); out.Status != StatusError || !strings.Contains(out.Message, "garbled") {
		t.Errorf("a garbled reply: %+v", out)
	}
}

// TestStudentFrame: a panic's position is the student's (or solution's)
// file:line, relative to the repository.
func TestStudentFrame(t *testing.T) {
	r := evaluate(func() ([]byte, error) { panic("x") })
	if r.Panic != "x" || r.Where != "" { // no student package on this stack
		t.Errorf("reply %+v", r)
	}
}
