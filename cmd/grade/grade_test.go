package main

import (
	"archive/zip"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gomlp.dev/internal/grading"
)

// want is a fixture's expected grade of exercise threshold (max 10): the
// statuses of its five tests in the table's order (Z_hand 2, Unit_hand 2,
// Unit_at_zero 2, Boundary_line 3, Boundary_vertical 1), or one exercise
// status for all, and a text its message must hold.
type want struct {
	points   int
	exStatus string
	tests    []string
	message  string
	gates    int // points of exercise gates (only compile_error has it)
}

const (
	pass   = grading.StatusPass
	failed = grading.StatusFail
)

var fixtures = map[string]want{
	"compile_error":           {0, exCompileError, nil, `threshold.go:12:9: invalid operation`, 10},
	"panic":                   {6, exGraded, []string{pass, failed, failed, pass, pass}, "panic: assignment to entry in nil map", 0},
	"exit0_in_test":           {6, exGraded, []string{pass, stCrashed, stCrashed, pass, pass}, "exit status 0", 0},
	"exit1_in_test":           {6, exGraded, []string{pass, pass, pass, stCrashed, stCrashed}, "exit status 1", 0},
	"exit_in_init":            {0, exCrashed, nil, "before any test runs", 0},
	"infinite_loop":           {6, exGraded, []string{pass, failed, failed, pass, pass}, "timed out", 0},
	"infinite_loop_in_init":   {0, exCrashed, nil, "killed after", 0},
	"infinite_recursion":      {8, exGraded, []string{stCrashed, pass, pass, pass, pass}, "stack", 0},
	"huge_allocation":         {6, exGraded, []string{pass, pass, pass, stCrashed, stCrashed}, "out of memory", 0},
	"output_flood":            {10, exGraded, []string{pass, pass, pass, pass, pass}, "", 0},
	"fake_pass_lines":         {6, exGraded, []string{pass, failed, failed, pass, pass}, "Unit(", 0},
	"goroutines_left_running": {10, exGraded, []string{pass, pass, pass, pass, pass}, "", 0},
	"goroutine_panics":        {6, exGraded, []string{pass, stCrashed, stCrashed, pass, pass}, "boom in a goroutine", 0},
	"edited_tests":            {0, exGraded, []string{grading.StatusNotImpl, grading.StatusNotImpl, grading.StatusNotImpl, grading.StatusNotImpl, grading.StatusNotImpl}, "not implemented: Z", 0},
	"deleted_tests":           {10, exGraded, []string{pass, pass, pass, pass, pass}, "", 0},
	"sleep_past_timeout":      {6, exGraded, []string{pass, pass, pass, failed, failed}, "timed out", 0},
	"write_outside":           {10, exGraded, []string{pass, pass, pass, pass, pass}, "", 0},
	"forbidden_import":        {0, exCompileError, nil, "exercise threshold must not import gomlp.dev/mlp", 0},
	"unknown_module":          {0, exCompileError, nil, "github.com/not/pinned", 0},
	"wrong_answers":           {5, exGraded, []string{pass, pass, failed, failed, pass}, "Unit((1,1), −1, (0.5,0.5)) (z = 0) = 0", 0},
	"symlink_to_solution":     {0, exMissing, nil, "no .go files", 0},
	"archive_tar":             {10, exGraded, []string{pass, pass, pass, pass, pass}, "", 0},
	"archive_zip":             {10, exGraded, []string{pass, pass, pass, pass, pass}, "", 0},
	"archive_escapes":         {0, exMissing, nil, "leaves the archive", 0},
}

const testTimeout = 2 * time.Second

// TestHostileSubmissions grades, in one run, every fixture of
// testdata/hostile (one kind of hostile or broken submission each), the
// solutions and the generated stubs, and checks each score exactly.
func TestHostileSubmissions(t *testing.T) {
	if testing.Short() {
		t.Skip("grades 26 submissions (about a minute)")
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	subs := t.TempDir()
	hostile := filepath.Join("testdata", "hostile")
	entries, err := os.ReadDir(hostile)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		// copy through cp -a: keeps the symlink fixture a symlink
		if out, err := exec.Command("cp", "-a", filepath.Join(hostile, e.Name()), subs).CombinedOutput(); err != nil {
			t.Fatalf("cp: %v: %s", err, out)
		}
	}
	makeArchives(t, subs, filepath.Join(hostile, "deleted_tests"))
	for _, d := range []struct{ name, from string }{{"solutions", "solutions"}, {"stubs", "exercises"}} {
		if out, err := exec.Command("cp", "-a", filepath.Join(root, d.from), filepath.Join(subs, d.name)).CombinedOutput(); err != nil {
			t.Fatalf("cp: %v: %s", err, out)
		}
	}
	home, _ := os.UserHomeDir()
	escaped := []string{filepath.Join(home, "gomlp-grade-escaped.txt"), filepath.Join(os.TempDir(), "gomlp-grade-escaped.txt")}
	for _, p := range escaped {
		os.Remove(p)
	}

	work := t.TempDir()
	cfg := Config{Root: root, Exercises: grading.Table, Workers: 2, TestTimeout: testTimeout,
		ExerciseTimeout: 30 * time.Second, CompileTimeout: 5 * time.Minute, MemMB: 1024, OutputCap: 16 << 10, Work: work}
	students, err := Submissions(subs, work)
	if err != nil {
		t.Fatal(err)
	}
	if len(students) != len(fixtures)+2 {
		t.Fatalf("%d submissions, want %d fixtures + solutions + stubs", len(students), len(fixtures))
	}
	start := time.Now()
	res := Grade(context.Background(), cfg, students)
	t.Logf("graded %d submissions in %.1f s", len(students), time.Since(start).Seconds())

	for _, s := range res.Students {
		t.Logf("%-24s %3d/%d in %5.1f s", s.Student, s.Total, s.Max, s.Seconds)
		switch s.Student {
		case "solutions":
			if s.Total != res.Max {
				t.Errorf("solutions score %d/%d, want 100 %%", s.Total, res.Max)
				for _, e := range s.Exercises {
					if e.Points != e.Max {
						t.Errorf("  %s: %s %s", e.Exercise, e.Status, e.Message)
					}
				}
			}
			continue
		case "stubs":
			if s.Total != 0 {
				t.Errorf("stubs score %d, want 0", s.Total)
			}
			for _, e := range s.Exercises {
				for _, tr := range e.Tests {
					if tr.Status != grading.StatusNotImpl {
						t.Errorf("stub %s/%s: status %q (%s), want %q", e.Exercise, tr.Test, tr.Status, tr.Message, grading.StatusNotImpl)
					}
				}
			}
			continue
		}
		w, ok := fixtures[s.Student]
		if !ok {
			t.Errorf("fixture %s has no expected score", s.Student)
			continue
		}
		checkFixture(t, s, w)
	}
	for _, p := range escaped {
		if _, err := os.Stat(p); err == nil {
			os.Remove(p)
			t.Errorf("write_outside wrote %s: HOME/TMPDIR are not confined", p)
		}
	}
	if matches, _ := filepath.Glob(filepath.Join("testdata", "*", "*", "gomlp-grade-escaped.txt")); len(matches) > 0 {
		t.Errorf("write_outside wrote into testdata: %v", matches)
	}

	// results.json and grades.csv round-trip
	out := t.TempDir()
	if err := WriteJSON(filepath.Join(out, "results.json"), res); err != nil {
		t.Fatal(err)
	}
	if err := WriteCSV(filepath.Join(out, "grades.csv"), res); err != nil {
		t.Fatal(err)
	}
	var back Results
	b, _ := os.ReadFile(filepath.Join(out, "results.json"))
	if err := json.Unmarshal(b, &back); err != nil || len(back.Students) != len(res.Students) {
		t.Errorf("results.json does not read back: %v", err)
	}
	f, _ := os.Open(filepath.Join(out, "grades.csv"))
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil || len(rows) != len(res.Students)+1 || len(rows[0]) != 2+len(grading.Table) || rows[0][0] != "student" {
		t.Errorf("grades.csv: %d rows, header %v, err %v", len(rows), rows[0], err)
	}
}

func checkFixture(t *testing.T, s StudentResult, w want) {
	t.Helper()
	var th, gates ExerciseResult
	for _, e := range s.Exercises {
		switch e.Exercise {
		case "threshold":
			th = e
		case "gates":
			gates = e
		}
	}
	if th.Points != w.points || th.Status != w.exStatus {
		t.Errorf("%s: threshold %d points, status %q (%s); want %d, %q", s.Student, th.Points, th.Status, th.Message, w.points, w.exStatus)
	}
	if gates.Points != w.gates {
		t.Errorf("%s: gates %d points, want %d (%s)", s.Student, gates.Points, w.gates, gates.Message)
	}
	if s.Total != w.points+w.gates {
		t.Errorf("%s: total %d, want %d", s.Student, s.Total, w.points+w.gates)
	}
	if w.tests != nil {
		for i, tr := range th.Tests {
			if tr.Status != w.tests[i] {
				t.Errorf("%s: test %s status %q (%s), want %q", s.Student, tr.Test, tr.Status, tr.Message, w.tests[i])
			}
			if limit := (testTimeout + 2*time.Second + 3*time.Second).Seconds(); tr.Seconds > limit {
				t.Errorf("%s: test %s ran %.1f s, more than its limit %.0f s", s.Student, tr.Test, tr.Seconds, limit)
			}
		}
	}
	all := th.Message
	for _, tr := range th.Tests {
		all += "\n" + tr.Message
	}
	if w.message != "" && !strings.Contains(all, w.message) {
		t.Errorf("%s: messages do not mention %q:\n%s", s.Student, w.message, all)
	}
}

// makeArchives adds archive_tar.tar.gz and archive_zip.zip (the
// deleted_tests fixture, inside a top folder as students zip it) and
// archive_escapes.zip (a path that leaves the archive).
func makeArchives(t *testing.T, subs, from string) {
	t.Helper()
	if out, err := exec.Command("tar", "czf", filepath.Join(subs, "archive_tar.tar.gz"), "-C", from, "exercises").CombinedOutput(); err != nil {
		t.Fatalf("tar: %v: %s", err, out)
	}
	src, err := os.ReadFile(filepath.Join(from, "exercises", "threshold", "threshold.go"))
	if err != nil {
		t.Fatal(err)
	}
	for name, path := range map[string]string{"archive_zip.zip": "work/exercises/threshold/threshold.go", "archive_escapes.zip": "../../escaped/threshold.go"} {
		f, err := os.Create(filepath.Join(subs, name))
		if err != nil {
			t.Fatal(err)
		}
		zw := zip.NewWriter(f)
		w, _ := zw.Create(path)
		w.Write(src)
		zw.Close()
		f.Close()
	}
}
