// Command stubgen writes exercises/ from solutions/, the source of truth.
//
//	go run ./cmd/stubgen          write exercises/X for every solutions/X
//	go run ./cmd/stubgen -check   fail if a committed stub differs (CI)
//
// For each solutions/X it writes exercises/X with: every .go file's marked
// regions (// BEGIN SOLUTION … // END SOLUTION) replaced by
// panic("not implemented: Func") (see Stub), grade_test.go made from the
// solution's (GradeTests: the student's functions against solutions/X), and
// README.md copied with the line "<!-- points -->" replaced by the points
// table of internal/grading. That README is also the first cell of
// exercises/X/X.ipynb (the task cell, tagged exercise-task). The notebook's
// other cells are a source: exercises/X/X.ipynb is copied to
// solutions/X/X.ipynb with the import path changed (keeping the solution's
// outputs when no code cell changed; otherwise without outputs: run nbrun
// write on it); -check compares their cells.
//
// The Spanish edition (issue 21) follows the same path: solutions/X/README.es.md
// becomes exercises/X/README.es.md (the points table in Spanish) and the
// task cell of exercises/X/X.es.ipynb, the Spanish twin of the exercise
// notebook (its other cells translated by hand, as in notebooks/es/; nbrun
// lint pairs the two), which is copied to solutions/X/X.es.ipynb as above.
// The task cell keeps its record of the English task it translates
// (metadata gomlp.en_sha256): when README.md changes, nbrun lint reports the
// Spanish task cell stale; bring README.es.md in line, run stubgen, then
// `nbrun edition stamp -cell 1 exercises/X/X.es.ipynb`. -check fails when a
// Spanish README has no twin notebook or the reverse.
// Run it from the repository root.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"gomlp.dev/internal/atomicfile"

	"gomlp.dev/internal/grading"
)

func main() {
	check := flag.Bool("check", false, "compare instead of write; exit 1 if exercises/ differs from what solutions/ generates")
	root := flag.String("root", ".", "repository root")
	flag.Parse()
	diffs, err := run(*root, *check)
	if err != nil {
		fmt.Fprintln(os.Stderr, "stubgen:", err)
		os.Exit(1)
	}
	if *check && len(diffs) > 0 {
		for _, d := range diffs {
			fmt.Fprintln(os.Stderr, "stubgen: out of date:", d)
		}
		fmt.Fprintln(os.Stderr, "stubgen: run `go run ./cmd/stubgen` and commit exercises/")
		os.Exit(1)
	}
}

// run generates every exercise; with check it only returns the files that
// differ (or are missing, or should not be there).
func run(root string, check bool) ([]string, error) {
	var diffs []string
	for _, ex := range grading.Table {
		want, err := Generate(filepath.Join(root, "solutions", ex.Name), ex)
		if err != nil {
			return nil, err
		}
		dir := filepath.Join(root, "exercises", ex.Name)
		names := make([]string, 0, len(want))
		for n := range want {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			p := filepath.Join(dir, n)
			have, err := os.ReadFile(p)
			if err == nil && bytes.Equal(have, want[n]) {
				continue
			}
			if check {
				diffs = append(diffs, p)
				continue
			}
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, err
			}
			if err := writeAtomic(p, want[n]); err != nil {
				return nil, err
			}
		}
		for _, ed := range editions {
			d, err := syncNotebooks(root, ex.Name, ed, want[ed.readme], check)
			if err != nil {
				return nil, err
			}
			diffs = append(diffs, d...)
		}
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if _, ok := want[e.Name()]; !ok && !e.IsDir() && !generatedElsewhere(e.Name()) {
				diffs = append(diffs, filepath.Join(dir, e.Name())+" (not generated from solutions/)")
			}
		}
	}
	if !check && len(diffs) > 0 {
		return nil, fmt.Errorf("files in exercises/ that solutions/ does not generate: %s", strings.Join(diffs, ", "))
	}
	return diffs, nil
}

// generatedElsewhere: files of exercises/X that are sources themselves
// (the notebook, from which solutions/X's is generated).
func generatedElsewhere(name string) bool { return strings.HasSuffix(name, ".ipynb") }

// Generate returns the files of exercises/X, by name, from solutions/X.
func Generate(soldir string, ex grading.Exercise) (map[string][]byte, error) {
	entries, err := os.ReadDir(soldir)
	if err != nil {
		return nil, err
	}
	out := map[string][]byte{}
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || strings.HasPrefix(n, ".") {
			continue
		}
		src, err := os.ReadFile(filepath.Join(soldir, n))
		if err != nil {
			return nil, err
		}
		switch {
		case n == "grade_test.go":
			sol, ex, err := GradeTests(filepath.Base(soldir), src)
			if err != nil {
				return nil, err
			}
			if !bytes.Equal(sol, src) {
				return nil, fmt.Errorf("%s differs from what the tests expect; it must read:\n%s", filepath.Join(soldir, n), sol)
			}
			out[n] = ex
		case strings.HasSuffix(n, "_test.go"):
			return nil, fmt.Errorf("%s: only grade_test.go may hold tests (the tests live in internal/cases/%s)", filepath.Join(soldir, n), ex.Name)
		case strings.HasSuffix(n, ".go"):
			if !bytes.Contains(src, []byte(beginMarker)) {
				return nil, fmt.Errorf("%s has no %s marker", filepath.Join(soldir, n), beginMarker)
			}
			stub, err := Stub(filepath.Join(soldir, n), src)
			if err != nil {
				return nil, err
			}
			out[n] = stub
		case readmeLang[n] != "":
			out[n] = bytes.Replace(src, []byte("<!-- points -->"), []byte(PointsTable(ex, readmeLang[n])), 1)
		}
	}
	if _, ok := out["grade_test.go"]; !ok {
		return nil, fmt.Errorf("%s has no grade_test.go", soldir)
	}
	if _, ok := out["README.md"]; !ok {
		return nil, fmt.Errorf("%s has no README.md", soldir)
	}
	return out, nil
}

// edition is one language of the exercises: its README and notebooks.
type edition struct {
	lang   string // "en", "es"
	readme string // README.md, README.es.md
	suffix string // the notebook's name after the exercise's: ".ipynb", ".es.ipynb"
}

// editions are the exercises' languages; English is the source of the
// others (see the package doc).
var editions = []edition{
	{"en", "README.md", ".ipynb"},
	{"es", "README.es.md", ".es.ipynb"},
}

// readmeLang maps a README's file name to its language.
var readmeLang = map[string]string{"README.md": "en", "README.es.md": "es"}

// pointsHeader is the points table's head row, per language.
var pointsHeader = map[string]string{
	"en": "| test | points |\n|---|---|\n",
	"es": "| prueba | puntos |\n|---|---|\n",
}

// syncNotebooks brings an exercise's notebook of one edition in line with
// its README (the task cell) and its solution twin with it; it returns what
// differs (check) or what it could not write.
func syncNotebooks(root, name string, ed edition, readme []byte, check bool) ([]string, error) {
	var diffs []string
	report := func(d string) []string {
		if !check {
			fmt.Fprintln(os.Stderr, "stubgen:", d)
			return nil
		}
		return []string{d}
	}
	nbEx := filepath.Join(root, "exercises", name, name+ed.suffix)
	nbSol := filepath.Join(root, "solutions", name, name+ed.suffix)
	_, statErr := os.Stat(nbEx)
	switch {
	case readme == nil && statErr == nil:
		return report(nbEx + " (no solutions/" + name + "/" + ed.readme + " to take its task from)"), nil
	case readme == nil:
		if _, err := os.Stat(nbSol); err == nil {
			return report(nbSol + " (no " + nbEx + " it is generated from)"), nil
		}
		return nil, nil
	case ed.lang != "en" && os.IsNotExist(statErr):
		// The translation of the notebook's other cells is a person's work:
		// stubgen cannot write it.
		return report(nbEx + " (missing: the twin of " + name + ".ipynb for solutions/" + name + "/" +
			ed.readme + "; see cmd/nbrun/edition.go and the translators' procedure)"), nil
	}
	taskDiffers, err := syncTaskCell(nbEx, readme, check)
	if err != nil {
		return nil, err
	}
	if taskDiffers && check {
		diffs = append(diffs, nbEx+" (its first cell is not the task: "+ed.readme+" with the points table)")
	}
	differs, rerun, err := syncNotebook(nbEx, nbSol, name, check)
	if err != nil {
		return nil, err
	}
	switch {
	case differs && check:
		diffs = append(diffs, nbSol+" (cells differ from "+nbEx+")")
	case differs && rerun:
		fmt.Fprintf(os.Stderr, "stubgen: wrote %s without outputs (its code changed): run nbrun write on it\n", nbSol)
	case differs:
		fmt.Fprintf(os.Stderr, "stubgen: wrote %s (markdown only; outputs kept)\n", nbSol)
	}
	return diffs, nil
}

// PointsTable renders the exercise's points as a Markdown table, its head
// in the language lang ("en", "es"); the tests' names are Go's.
func PointsTable(ex grading.Exercise, lang string) string {
	var b strings.Builder
	b.WriteString(pointsHeader[lang])
	for _, p := range ex.Tests {
		fmt.Fprintf(&b, "| `%s` | %d |\n", p.Test, p.Points)
	}
	fmt.Fprintf(&b, "| **total** | **%d** |", ex.Total())
	return b.String()
}

// writeAtomic replaces the file at path with data, never leaving it
// half-written (see atomicfile.WriteFile).
func writeAtomic(path string, data []byte) error {
	return atomicfile.WriteFile(path, data, 0o644)
}
