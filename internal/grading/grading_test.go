package grading

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCap(t *testing.T) {
	if got := Cap("abc", 5); got != "abc" {
		t.Errorf("Cap short = %q", got)
	}
	if got := Cap("αβγδεζ", 4); got != "αβγ…" {
		t.Errorf("Cap = %q, want αβγ…", got)
	}
}

func TestClose(t *testing.T) {
	for _, c := range []struct {
		got, want, tol float64
		ok             bool
	}{{1, 1, 0, true}, {1e6 + 1, 1e6, 1e-5, true}, {1e6 + 100, 1e6, 1e-5, false}, {1e-9, 0, 1e-8, true}, {0, 1e-7, 1e-8, false}} {
		if Close(c.got, c.want, c.tol) != c.ok {
			t.Errorf("Close(%g, %g, %g) != %v", c.got, c.want, c.tol, c.ok)
		}
	}
	nan := 0.0
	nan /= nan
	if Close(nan, nan, 1) {
		t.Errorf("Close(NaN, NaN) holds")
	}
}

func TestCheckImports(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.go", "package a\n\nimport (\n\t\"math\"\n\t\"gonum.org/v1/gonum/mat\"\n)\n")
	write("a_test.go", "package a\n\nimport \"gomlp.dev/mlp\"\n")
	if err := CheckImports(dir, "a"); err != nil {
		t.Errorf("allowed imports: %v", err)
	}
	for _, bad := range []string{"gomlp.dev/mlp", "gomlp.dev/solutions/a", "gomlp.dev/internal/cases/a"} {
		write("b.go", "package a\n\nimport m \""+bad+"\"\n")
		err := CheckImports(dir, "a")
		if err == nil || !strings.Contains(err.Error(), "exercise a must not import "+bad) {
			t.Errorf("import %s: %v", bad, err)
		}
	}
	write("b.go", "package a\n\nimport \"gomlp.dev/mlpx\"\n")
	if err := CheckImports(dir, "a"); err != nil {
		t.Errorf("gomlp.dev/mlpx is not mlp: %v", err)
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
		if _, err := os.Stat(filepath.Join("..", "..", "notebooks", e.Notebook+".ipynb")); err != nil && e.Notebook < "08" {
			t.Errorf("exercise %s: notebook %s: %v", e.Name, e.Notebook, err)
		}
	}
	if len(Table) < 12 {
		t.Errorf("%d exercises, want at least 12", len(Table))
	}
}
