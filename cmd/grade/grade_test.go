package main

import (
	"archive/tar"
	"archive/zip"
	"compress/gzip"
	"context"
	"encoding/csv"
	"encoding/json"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"gomlp.dev/internal/grading"
)

// want is a fixture's expected grade of exercise threshold (max 10): its
// grading status, the outcomes of its five tests in the table's order
// (Z_hand 2, Unit_hand 2, Unit_at_zero 2, Boundary_line 3,
// Boundary_vertical 1; nil: all the grading status), a text its messages
// hold, and the points of exercise gates (max 10; 0 where the fixture has
// no gates folder).
type want struct {
	points   int
	grading  string
	outcomes []string
	message  string
	gates    int
}

const (
	pass    = grading.StatusPass
	failed  = grading.StatusFail
	errored = grading.StatusError
	notImpl = grading.StatusNotImpl
)

var fixtures = map[string]want{
	"compile_error":           {0, exCompileError, nil, "exercises/threshold/threshold.go:12:9: invalid operation", 10},
	"panic":                   {6, exGraded, []string{pass, errored, errored, pass, pass}, "panicked: assignment to entry in nil map (exercises/threshold/threshold.go:17)", 0},
	"exit0_in_test":           {6, exGraded, []string{pass, stCrashed, stCrashed, pass, pass}, "ended the process (exit status 0: os.Exit?)", 0},
	"exit1_in_test":           {6, exGraded, []string{pass, pass, pass, stCrashed, stCrashed}, "exit status 1", 0},
	"exit_in_init":            {0, exCrashed, nil, "the package fails before any test runs", 10},
	"infinite_loop":           {6, exGraded, []string{pass, stTimeout, stTimeout, pass, pass}, "no answer within " + testTimeout.String() + " (init included)", 0},
	"infinite_loop_in_init":   {0, exCrashed, nil, "killed after " + testTimeout.String(), 10},
	"infinite_recursion":      {8, exGraded, []string{stCrashed, pass, pass, pass, pass}, "stack", 0},
	"huge_allocation":         {6, exGraded, []string{pass, pass, pass, stCrashed, stCrashed}, "out of memory", 0},
	"output_flood":            {10, exGraded, nil, "", 0},
	"fake_pass_lines":         {6, exGraded, []string{pass, failed, failed, pass, pass}, "Unit(", 0},
	"goroutines_left_running": {10, exGraded, nil, "", 0},
	"goroutine_panics":        {6, exGraded, []string{pass, stCrashed, stCrashed, pass, pass}, "boom in a goroutine", 0},
	"edited_tests":            {0, exGraded, []string{notImpl, notImpl, notImpl, notImpl, notImpl}, "not implemented: Z", 0},
	"deleted_tests":           {10, exGraded, nil, "", 0},
	"sleep_past_timeout":      {6, exGraded, []string{pass, pass, pass, stTimeout, stTimeout}, "killed (an infinite loop?)", 0},
	"write_outside":           {10, exGraded, nil, "", 0},
	"forbidden_import":        {0, exRefused, nil, "exercise threshold must not import gomlp.dev/mlp (threshold.go)", 0},
	"unknown_module":          {0, exRefused, nil, "imports github.com/not/pinned (threshold.go): only the standard library and gonum", 0},
	"wrong_answers":           {4, exGraded, []string{pass, pass, failed, failed, failed}, "Unit((1, 1), −1, (0.5, 0.5)) = 0, want 1", 0},
	"symlink_to_solution":     {0, exRefused, nil, "exercises/threshold/threshold.go is not a regular file (a link?)", 0},
	"goexit":                  {0, exGraded, []string{errored, errored, errored, errored, errored}, "did not return: it called runtime.Goexit", 0},
	"folder_symlink":          {0, exRefused, nil, "exercises/threshold is a symbolic link", 0},
	"solutions_symlink":       {0, exRefused, nil, "exercises/threshold is a symbolic link", 0},
	"import_bypass":           {0, exRefused, nil, "must not import unsafe", 0},
	"signal_parent":           {10, exGraded, nil, "", 10},
	"background_process":      {10, exGraded, nil, "", 0},
	"oversized_compile":       {0, exCompileError, nil, "the compiler ran out of the build's memory limit on this package: fatal error: out of memory", 10},
	"slow_init":               {0, exCrashed, nil, "killed after " + testTimeout.String(), 10},
	"forged_records":          {8, exGraded, []string{errored, pass, pass, pass, pass}, "its replies are forged", 0},
	"empty_submission":        {0, exMissing, nil, "not graded: the submission is empty", 0},
	`=HYPERLINK("x")`:         {10, exGraded, nil, "", 0},
	"archive_tar":             {10, exGraded, nil, "", 0},
	"archive_zip":             {10, exGraded, nil, "", 0},
	"archive_escapes":         {0, exMissing, nil, "not graded: the submission is unreadable", 0},
	"broken":                  {0, exMissing, nil, "not graded: the submission is unreadable", 0},
}

// studentMessages: what a submission that cannot be graded is told, once.
var studentMessages = map[string]string{
	"empty_submission": "no exercise folder (threshold, …) in empty_submission/; it holds: notes.txt",
	"archive_escapes":  `path "../../escaped/threshold.go" leaves the archive`,
	"broken":           "cannot read broken.zip",
}

// testTimeout is one test's limit here (10 s by default): short, so that
// the fixtures that loop or sleep cost little, yet long enough that an
// honest answer is not cut off when both cores are busy with other work
// (at 3 s, output_flood's hand test timed out under load: ./course test
// beside two busy loops and go test's other packages).
const testTimeout = 6 * time.Second

// testGrader prepares a grader for some exercises in a scratch folder of
// its own; it skips the test without a working sandbox (the fixtures would
// then run as the user running the tests: one of them kills every process
// it can).
func testGrader(t *testing.T, workers int, exercises ...string) *grader {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{Root: root, Workers: workers, TestTimeout: testTimeout, ExerciseTimeout: 30 * time.Second,
		CompileTimeout: 5 * time.Minute, MemMB: 2048, CompileMemMB: 2048, OutputCap: 16 << 10, Seed: grading.NewSeed(),
		Sandbox: sandboxRequired, Verbose: testing.Verbose()}
	for _, e := range exercises {
		ex, _ := grading.Lookup(e)
		cfg.Exercises = append(cfg.Exercises, ex)
	}
	if cfg.Cache, err = buildCache(); err != nil {
		t.Fatal(err)
	}
	work, err := scratch()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(work) })
	g, err := newGrader(context.Background(), cfg, work)
	if err != nil && strings.Contains(err.Error(), "bwrap") {
		t.Skipf("no sandbox: %v (install Debian's bubblewrap)", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func copyFixture(t *testing.T, from, to string) {
	t.Helper()
	// cp -a keeps the symbolic links of the link fixtures
	if out, err := exec.Command("cp", "-a", from, to).CombinedOutput(); err != nil {
		t.Fatalf("cp: %v: %s", err, out)
	}
}

// TestHostileSubmissions grades, in one run, every fixture of
// testdata/hostile (one kind of hostile or broken submission each) and the
// archives made below, on exercises threshold and gates, and checks each
// score exactly, that no process of theirs survives, and that nothing was
// written outside their scratch folders.
func TestHostileSubmissions(t *testing.T) {
	if testing.Short() {
		t.Skip("grades 36 submissions (about a minute)")
	}
	// four at a time: many fixtures wait out their time limits
	g := testGrader(t, 4, "threshold", "gates")
	subs := t.TempDir()
	hostile := filepath.Join("testdata", "hostile")
	entries, err := os.ReadDir(hostile)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		copyFixture(t, filepath.Join(hostile, e.Name()), subs)
	}
	copyFixture(t, filepath.Join(hostile, "deleted_tests"), filepath.Join(subs, `=HYPERLINK("x")`))
	os.MkdirAll(filepath.Join(subs, "solutions_symlink", "exercises"), 0o755)
	if err := os.Symlink(filepath.Join(g.cfg.Root, "solutions", "threshold"), filepath.Join(subs, "solutions_symlink", "exercises", "threshold")); err != nil {
		t.Fatal(err)
	}
	makeArchives(t, subs, filepath.Join(hostile, "deleted_tests"))
	home, _ := os.UserHomeDir()
	escaped := []string{home, os.TempDir(), "/tmp", "/", g.cfg.Root, filepath.Join(g.cfg.Root, "cmd", "grade")}
	for _, d := range escaped {
		os.Remove(filepath.Join(d, "gomlp-grade-escaped.txt"))
	}

	students, err := Submissions(subs, g.work)
	if err != nil {
		t.Fatal(err)
	}
	if len(students) != len(fixtures) {
		var names []string
		for _, s := range students {
			names = append(names, s.Name)
		}
		t.Fatalf("%d submissions %v, want the %d fixtures", len(students), names, len(fixtures))
	}
	start := time.Now()
	res := g.Grade(context.Background(), students)
	t.Logf("graded %d submissions in %.1f s", len(students), time.Since(start).Seconds())
	for _, s := range res.Students {
		w, ok := fixtures[s.Student]
		if !ok {
			t.Errorf("fixture %s has no expected score", s.Student)
			continue
		}
		t.Logf("%-24s %3d/%d in %5.1f s", s.Student, s.Total, s.Max, s.Seconds)
		checkFixture(t, s, w)
		if m, ok := studentMessages[s.Student]; ok && !strings.Contains(s.Message, m) {
			t.Errorf("%s: the submission's message %q does not say %q", s.Student, s.Message, m)
		}
	}

	for _, d := range escaped {
		if p := filepath.Join(d, "gomlp-grade-escaped.txt"); exists(p) {
			os.Remove(p)
			t.Errorf("write_outside wrote %s", p)
		}
	}
	if matches, _ := filepath.Glob(filepath.Join(subs, "*", "*", "gomlp-grade-escaped.txt")); len(matches) > 0 {
		t.Errorf("write_outside wrote into the submissions: %v", matches)
	}
	if out, _ := exec.Command("pgrep", "-f", "gomlp-hostile-background").Output(); len(out) > 0 {
		t.Errorf("background_process left processes running: %s", out)
	}
	if out, _ := exec.Command("pgrep", "-f", g.work).Output(); len(out) > 0 {
		t.Errorf("processes of this run are still running: %s", out)
	}

	// the gradebooks: a formula name neutralised, points possible, BOM
	out := t.TempDir()
	if err := writeOutputs(res, out, filepath.Join(out, "feedback"), ""); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(filepath.Join(out, "grades.csv"))
	if !strings.HasPrefix(string(b), bom) {
		t.Errorf("grades.csv has no BOM")
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(b), bom))).ReadAll()
	if err != nil || len(rows) != len(res.Students)+2 {
		t.Fatalf("grades.csv: %d rows, %v", len(rows), err)
	}
	if want := []string{"Student", "ID", "SIS User ID", "SIS Login ID", "Section", "threshold", "gates", "Grader status"}; !slices.Equal(rows[0], want) {
		t.Errorf("grades.csv header %v, want %v", rows[0], want)
	}
	if want := []string{"Points Possible", "", "", "", "", "10", "10", ""}; !slices.Equal(rows[1], want) {
		t.Errorf("grades.csv points row %v, want %v", rows[1], want)
	}
	found := false
	for _, r := range rows[2:] {
		if strings.Contains(r[0], "HYPERLINK") {
			found = true
			if r[0] != `'=HYPERLINK("x")` || r[3] != `'=HYPERLINK("x")` {
				t.Errorf("a formula name is written %q, %q", r[0], r[3])
			}
		}
		if r[0] == "empty_submission" && !strings.HasPrefix(r[7], "empty: no exercise folder") {
			t.Errorf("empty_submission's status %q", r[7])
		}
	}
	if !found {
		t.Errorf("no row for the formula name")
	}
	var back Results
	b, _ = os.ReadFile(filepath.Join(out, "results.json"))
	if err := json.Unmarshal(b, &back); err != nil || len(back.Students) != len(res.Students) || back.Schema != Schema {
		t.Errorf("results.json does not read back: %v", err)
	}
	if fb, _ := os.ReadFile(filepath.Join(out, "feedback", "panic.md")); !strings.Contains(string(fb), "| `Unit_hand` | error | 0 / 2 |") {
		t.Errorf("feedback/panic.md:\n%s", fb)
	}
}

func exists(p string) bool {
	_, err := os.Lstat(p)
	return err == nil
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
	if th.Points != w.points || th.Grading != w.grading {
		t.Errorf("%s: threshold %d points, %q (%s); want %d, %q", s.Student, th.Points, th.Grading, th.Message, w.points, w.grading)
	}
	if gates.Points != w.gates {
		t.Errorf("%s: gates %d points, want %d (%s %s)", s.Student, gates.Points, w.gates, gates.Grading, gates.Message)
	}
	if s.Total != w.points+w.gates {
		t.Errorf("%s: total %d, want %d", s.Student, s.Total, w.points+w.gates)
	}
	all := th.Message
	for i, tr := range th.Tests {
		want := w.grading
		if w.outcomes != nil {
			want = w.outcomes[i]
		} else if w.grading == exGraded {
			want = pass
		}
		if tr.Outcome != want {
			t.Errorf("%s: test %s %q (%s), want %q", s.Student, tr.Name, tr.Outcome, tr.Message, want)
		}
		// limits are measured from outside: no test ran much past its own
		if limit := (testTimeout + 3*time.Second).Seconds(); tr.Seconds > limit {
			t.Errorf("%s: test %s ran %.1f s, more than its limit %.0f s", s.Student, tr.Name, tr.Seconds, limit)
		}
		all += "\n" + tr.Message
	}
	if w.message != "" && !strings.Contains(all, w.message) {
		t.Errorf("%s: messages do not mention %q:\n%s", s.Student, w.message, all)
	}
}

// makeArchives adds archive_tar.tar.gz and archive_zip.zip (the
// deleted_tests fixture, inside a top folder as students zip it),
// archive_escapes.zip (a path that leaves the archive) and broken.zip.
func makeArchives(t *testing.T, subs, from string) {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(from, "exercises", "threshold", "threshold.go"))
	if err != nil {
		t.Fatal(err)
	}
	writeTarGz(t, filepath.Join(subs, "archive_tar.tar.gz"), map[string][]byte{"exercises/threshold/threshold.go": src})
	writeZip(t, filepath.Join(subs, "archive_zip.zip"), map[string][]byte{"work/exercises/threshold/threshold.go": src})
	writeZip(t, filepath.Join(subs, "archive_escapes.zip"), map[string][]byte{"../../escaped/threshold.go": src})
	if err := os.WriteFile(filepath.Join(subs, "broken.zip"), []byte("PK\x03\x04 not a zip"), 0o644); err != nil {
		t.Fatal(err)
	}
}

func writeZip(t *testing.T, path string, files map[string][]byte) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	zw := zip.NewWriter(f)
	for _, name := range sortedKeys(files) {
		w, _ := zw.Create(name)
		w.Write(files[name])
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	f.Close()
}

func writeTarGz(t *testing.T, path string, files map[string][]byte) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	gz := gzip.NewWriter(f)
	tw := tar.NewWriter(gz)
	for _, name := range sortedKeys(files) {
		tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(files[name])), Typeflag: tar.TypeReg})
		tw.Write(files[name])
	}
	tw.Close()
	gz.Close()
	f.Close()
}

func sortedKeys(m map[string][]byte) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// TestSolutionsStubsAndArchives grades every exercise of the solutions
// (full marks), of the stubs (0, every test "not implemented"), of a whole
// repository copy tarred on macOS (with its ._ files and __MACOSX folder)
// and of a zip made by Windows' PowerShell (backslashes in its paths).
func TestSolutionsStubsAndArchives(t *testing.T) {
	if testing.Short() {
		t.Skip("grades 4 whole submissions")
	}
	g := testGrader(t, 2, names(grading.Table)...)
	subs := t.TempDir()
	copyFixture(t, filepath.Join(g.cfg.Root, "solutions"), filepath.Join(subs, "solutions"))
	copyFixture(t, filepath.Join(g.cfg.Root, "exercises"), filepath.Join(subs, "stubs"))
	mac, win := map[string][]byte{"gomlp-main/README.md": []byte("# course\n"), "gomlp-main/go.mod": []byte("module gomlp.dev\n")}, map[string][]byte{}
	filepath.WalkDir(filepath.Join(g.cfg.Root, "solutions"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(filepath.Join(g.cfg.Root, "solutions"), p)
		b, _ := os.ReadFile(p)
		rel = filepath.ToSlash(rel)
		mac["gomlp-main/exercises/"+rel] = b
		dir, base := filepath.Split(rel)
		appleDouble := append([]byte{0, 5, 22, 7, 0, 2, 0, 0}, []byte("Mac OS X        ")...)
		mac["gomlp-main/exercises/"+dir+"._"+base] = appleDouble
		mac["__MACOSX/gomlp-main/exercises/"+dir+"._"+base] = appleDouble
		win[`exercises\`+strings.ReplaceAll(rel, "/", `\`)] = b
		return nil
	})
	writeTarGz(t, filepath.Join(subs, "mac.tar.gz"), mac)
	writeZip(t, filepath.Join(subs, "windows.zip"), win)
	students, err := Submissions(subs, g.work)
	if err != nil {
		t.Fatal(err)
	}
	res := g.Grade(context.Background(), students)
	for _, s := range res.Students {
		t.Logf("%-10s %3d/%d in %5.1f s", s.Student, s.Total, s.Max, s.Seconds)
		want := res.Max
		if s.Student == "stubs" {
			want = 0
		}
		if s.Total != want {
			t.Errorf("%s scores %d/%d, want %d", s.Student, s.Total, s.Max, want)
		}
		for _, e := range s.Exercises {
			for _, tr := range e.Tests {
				if s.Student == "stubs" && tr.Outcome != notImpl {
					t.Errorf("stub %s/%s: %q (%s), want %q", e.Exercise, tr.Name, tr.Outcome, tr.Message, notImpl)
				}
				if s.Student != "stubs" && tr.Outcome != pass {
					t.Errorf("%s %s/%s: %q (%s)", s.Student, e.Exercise, tr.Name, tr.Outcome, tr.Message)
				}
			}
		}
	}
}

func names(exs []grading.Exercise) []string {
	var out []string
	for _, e := range exs {
		out = append(out, e.Name)
	}
	return out
}
