package main

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"

	"gomlp.dev/internal/grading"
)

// Config is how the grader runs.
type Config struct {
	Root            string // this repository: go.mod, go.sum, internal/, exercises/X/grade_test.go
	Exercises       []grading.Exercise
	Workers         int           // processes at a time (compiles and test runs)
	TestTimeout     time.Duration // one test
	ExerciseTimeout time.Duration // all tests of one exercise, compile excluded
	CompileTimeout  time.Duration
	MemMB           int    // address-space limit of a test process
	OutputCap       int    // bytes of output kept per process
	Work            string // scratch folder (removed afterwards)
}

// Student is one submission: a name and the folder holding its exercise
// folders (exercises/threshold, … or threshold, …).
type Student struct {
	Name string
	Dir  string
	Err  string // the submission could not be read (bad archive …)
}

// Results of one grading run (results.json).
type Results struct {
	Generated string          `json:"generated"`
	Exercises []ExerciseMax   `json:"exercises"`
	Max       int             `json:"max"`
	Students  []StudentResult `json:"students"`
}

// ExerciseMax names an exercise and its points.
type ExerciseMax struct {
	Name   string `json:"name"`
	Points int    `json:"points"`
}

// StudentResult is one student's grade.
type StudentResult struct {
	Student   string           `json:"student"`
	Total     int              `json:"total"`
	Max       int              `json:"max"`
	Error     string           `json:"error,omitempty"`
	Exercises []ExerciseResult `json:"exercises"`
	Seconds   float64          `json:"seconds"`
}

// ExerciseResult is one exercise of one student.
type ExerciseResult struct {
	Exercise string       `json:"exercise"`
	Status   string       `json:"status"` // graded, missing, compile error, crashed before tests
	Points   int          `json:"points"`
	Max      int          `json:"max"`
	Message  string       `json:"message,omitempty"`
	Tests    []TestResult `json:"tests"`
}

// TestResult is one test.
type TestResult struct {
	Test    string  `json:"test"`
	Status  string  `json:"status"` // pass, fail, not implemented, timeout, crashed, not run
	Points  int     `json:"points"`
	Max     int     `json:"max"`
	Message string  `json:"message,omitempty"`
	Seconds float64 `json:"seconds"` // wall time of its process
}

// Exercise statuses.
const (
	exGraded       = "graded"
	exMissing      = "missing"
	exCompileError = "compile error"
	exCrashed      = "crashed before tests"
)

// Test statuses the grader adds to the harness's.
const (
	stTimeout = "timeout"
	stCrashed = "crashed"
	stNotRun  = "not run"
)

// Grade grades every student, Workers processes at a time.
func Grade(ctx context.Context, cfg Config, students []Student) *Results {
	res := &Results{Generated: time.Now().UTC().Format(time.RFC3339)}
	for _, ex := range cfg.Exercises {
		res.Exercises = append(res.Exercises, ExerciseMax{ex.Name, ex.Total()})
		res.Max += ex.Total()
	}
	sem := make(chan struct{}, max(cfg.Workers, 1))
	res.Students = make([]StudentResult, len(students))
	var wg sync.WaitGroup
	for i, s := range students {
		wg.Add(1)
		go func() {
			defer wg.Done()
			start := time.Now()
			sr := StudentResult{Student: s.Name, Max: res.Max, Error: s.Err}
			sr.Exercises = gradeStudent(ctx, cfg, sem, s, filepath.Join(cfg.Work, fmt.Sprintf("s%03d", i)))
			for _, e := range sr.Exercises {
				sr.Total += e.Points
			}
			sr.Seconds = time.Since(start).Seconds()
			res.Students[i] = sr
		}()
	}
	wg.Wait()
	return res
}

// gradeStudent lays out one module for the student's exercises, compiles
// every test binary with one `go test -c`, then runs each exercise's tests.
func gradeStudent(ctx context.Context, cfg Config, sem chan struct{}, s Student, mod string) []ExerciseResult {
	out := make([]ExerciseResult, len(cfg.Exercises))
	var todo []int
	for j, ex := range cfg.Exercises {
		er := ExerciseResult{Exercise: ex.Name, Max: ex.Total()}
		for _, p := range ex.Tests {
			er.Tests = append(er.Tests, TestResult{Test: p.Test, Max: p.Points, Status: stNotRun})
		}
		out[j] = er
		if s.Err != "" {
			out[j].zero(exMissing, s.Err)
			continue
		}
		code := studentFiles(filepath.Join(s.Dir, ex.Name))
		if len(code) == 0 {
			out[j].zero(exMissing, fmt.Sprintf("no .go files in %s", ex.Name))
			continue
		}
		pkg := filepath.Join(mod, "exercises", ex.Name)
		if err := buildPackage(cfg, pkg, ex.Name, code); err != nil {
			out[j].zero(exMissing, "grader: "+err.Error())
			continue
		}
		if err := grading.CheckImports(pkg, ex.Name); err != nil {
			os.RemoveAll(pkg)
			out[j].zero(exCompileError, err.Error())
			continue
		}
		todo = append(todo, j)
	}
	if len(todo) == 0 {
		return out
	}
	if err := buildModule(cfg, mod); err != nil {
		for _, j := range todo {
			out[j].zero(exMissing, "grader: "+err.Error())
		}
		return out
	}
	bin := filepath.Join(mod, "bin")
	sem <- struct{}{}
	o := runLimited(ctx, limits{Timeout: cfg.CompileTimeout, OutputCap: 256 << 10}, mod, goEnv(),
		"go", "test", "-p=1", "-vet=off", "-ldflags=-s -w", "-c", "-o", bin+string(filepath.Separator), "./exercises/...")
	<-sem
	sections := compileSections(cleanPaths(o.Output, mod))
	var wg sync.WaitGroup
	for _, j := range todo {
		ex := cfg.Exercises[j]
		exe := filepath.Join(bin, ex.Name+".test")
		if o.TimedOut || !fileExists(exe) {
			msg := sections[ex.Name]
			if o.TimedOut {
				msg = "compiling took longer than " + cfg.CompileTimeout.String()
			} else if msg == "" {
				msg = strings.TrimSpace(cleanPaths(o.Output, mod))
			}
			out[j].zero(exCompileError, msg)
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			runExercise(ctx, cfg, sem, &out[j], mod, exe, ex)
		}()
	}
	wg.Wait()
	return out
}

// zero scores every test of the exercise 0 with one status and message.
func (er *ExerciseResult) zero(status, msg string) {
	er.Status, er.Message = status, grading.Cap(msg, 2000)
	for i := range er.Tests {
		er.Tests[i].Status, er.Tests[i].Message = status, grading.Cap(msg, grading.MessageCap)
	}
}

// studentFiles lists the non-test .go files of a student's exercise folder
// (regular files only: a symlink is not followed).
func studentFiles(dir string) []string {
	files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	var code []string
	for _, f := range files {
		if !strings.HasSuffix(f, "_test.go") && fileExists(f) {
			code = append(code, f)
		}
	}
	return code
}

// compileSections splits `go test -c` output into the messages of each
// exercise ("# gomlp.dev/exercises/X …" starts one).
func compileSections(out string) map[string]string {
	secs := map[string]string{}
	cur := ""
	for _, l := range strings.Split(out, "\n") {
		if rest, ok := strings.CutPrefix(l, "# gomlp.dev/exercises/"); ok {
			cur, _, _ = strings.Cut(rest, " ")
			continue
		}
		if cur != "" && !strings.HasPrefix(l, "FAIL") && strings.TrimSpace(l) != "" {
			secs[cur] += l + "\n"
		}
	}
	for k, v := range secs {
		secs[k] = strings.TrimSpace(v)
	}
	return secs
}

// runExercise runs the probe, then each test in its own process. The
// exercise's budget counts the time its processes ran (not time queued).
func runExercise(ctx context.Context, cfg Config, sem chan struct{}, er *ExerciseResult, mod, exe string, ex grading.Exercise) {
	pkg := filepath.Join(mod, "exercises", ex.Name)
	// probe: does the test binary get as far as the harness (init done)?
	rec, o := runTest(ctx, cfg, sem, mod, pkg, exe, ex.Name, "^$")
	if _, ok := rec[""]; !ok {
		er.zero(exCrashed, describe(o, "the package fails before any test runs (in init?)", cfg.TestTimeout))
		return
	}
	used := o.Elapsed
	er.Status = exGraded
	for i := range er.Tests {
		tr := &er.Tests[i]
		if used > cfg.ExerciseTimeout {
			tr.Status, tr.Message = stNotRun, fmt.Sprintf("exercise time limit (%v) reached", cfg.ExerciseTimeout)
		} else {
			rec, o := runTest(ctx, cfg, sem, mod, pkg, exe, ex.Name, "^"+regexp.QuoteMeta(tr.Test)+"$")
			used += o.Elapsed
			tr.Seconds = o.Elapsed.Seconds()
			r, ok := rec[tr.Test]
			switch {
			case ok:
				tr.Status, tr.Message = r.Status, r.Message
			case o.TimedOut:
				tr.Status, tr.Message = stTimeout, fmt.Sprintf("killed after %v (an infinite loop?)", cfg.TestTimeout)
			default:
				tr.Status, tr.Message = stCrashed, describe(o, "the test process ended before the test finished", cfg.TestTimeout)
			}
		}
		tr.Message = grading.Cap(tr.Message, grading.MessageCap)
		if tr.Status == grading.StatusPass {
			tr.Points = tr.Max
			er.Points += tr.Points
		} else if er.Message == "" {
			er.Message = tr.Test + ": " + tr.Message
		}
	}
}

// runTest runs the test binary on the subtests matching pattern, with a
// fresh nonce and results file, and returns the records it wrote by test.
func runTest(ctx context.Context, cfg Config, sem chan struct{}, mod, pkg, bin, exercise, pattern string) (map[string]grading.Record, outcome) {
	nonce := randomHex()
	results := filepath.Join(mod, "results-"+nonce)
	os.WriteFile(results, nil, 0o600)
	defer os.Remove(results)
	home := filepath.Join(mod, "home")
	os.MkdirAll(home, 0o700)
	env := []string{
		"PATH=" + os.Getenv("PATH"), "HOME=" + home, "TMPDIR=" + home, "GOMAXPROCS=1", "GOTRACEBACK=single",
		grading.EnvFile + "=" + results, grading.EnvNonce + "=" + nonce,
		grading.EnvTimeout + "=" + cfg.TestTimeout.String(),
	}
	sem <- struct{}{}
	o := runLimited(ctx, limits{Timeout: cfg.TestTimeout + 2*time.Second, MemMB: cfg.MemMB, FileMB: 64, OutputCap: cfg.OutputCap},
		pkg, env, bin, "-test.run", "^TestGrade$/"+pattern, "-test.count=1", "-test.timeout=0")
	<-sem
	recs := map[string]grading.Record{}
	f, err := os.Open(results)
	if err != nil {
		return recs, o
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 64<<10)
	for sc.Scan() {
		var r grading.Record
		if json.Unmarshal(sc.Bytes(), &r) != nil || r.Nonce != nonce || r.Exercise != exercise {
			continue
		}
		if r.Status == grading.StatusStarted {
			recs[""] = r
		} else if _, seen := recs[r.Test]; !seen {
			recs[r.Test] = r
		}
	}
	return recs, o
}

// describe explains why a process left no record.
func describe(o outcome, what string, timeout time.Duration) string {
	if o.TimedOut {
		return fmt.Sprintf("%s: killed after %v", what, timeout)
	}
	msg := fmt.Sprintf("%s (exit status %d", what, o.ExitCode)
	if o.ExitCode == 0 || o.ExitCode == 1 {
		msg += ": os.Exit?"
	}
	msg += ")"
	if tail := lastLines(o.Output); tail != "" {
		msg += ": " + tail
	}
	return msg
}

// lastLines picks the informative line of a crash: "fatal error: …",
// "panic: …", or the last non-empty line.
func lastLines(out string) string {
	lines := strings.Split(strings.TrimSpace(out), "\n")
	for _, l := range lines {
		if strings.HasPrefix(l, "fatal error:") || strings.HasPrefix(l, "panic:") || strings.HasPrefix(l, "runtime: goroutine stack exceeds") {
			return grading.Cap(strings.TrimSpace(l), 200)
		}
	}
	return grading.Cap(strings.TrimSpace(lines[len(lines)-1]), 200)
}

// cleanPaths shortens the scratch module's paths in compiler messages.
func cleanPaths(msg, mod string) string {
	return strings.ReplaceAll(msg, mod+string(filepath.Separator), "")
}

func randomHex() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// goEnv is the environment of `go test -c`: offline, this module only.
func goEnv() []string {
	env := []string{}
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "GOFLAGS", "GOPROXY", "GOWORK", "GOTOOLCHAIN", "CGO_ENABLED", "GONOSUMDB", "GOPRIVATE", "GONOPROXY", "GOSUMDB", "GOMLP_STRICT":
			continue
		}
		env = append(env, kv)
	}
	return append(env, "GOFLAGS=-mod=readonly", "GOPROXY=off", "GOWORK=off", "GOTOOLCHAIN=local", "CGO_ENABLED=0", "GOSUMDB=off")
}

// buildModule lays out the rest of the scratch module: go.mod, go.sum and
// internal/ of this repository (never solutions/).
func buildModule(cfg Config, mod string) error {
	for _, f := range []string{"go.mod", "go.sum"} {
		if err := copyFile(filepath.Join(cfg.Root, f), filepath.Join(mod, f)); err != nil {
			return err
		}
	}
	if err := copyGo(filepath.Join(cfg.Root, "internal", "grading"), filepath.Join(mod, "internal", "grading"), false); err != nil {
		return err
	}
	entries, err := os.ReadDir(filepath.Join(cfg.Root, "internal", "cases"))
	if err != nil {
		return err
	}
	for _, e := range entries {
		if e.IsDir() {
			if err := copyGo(filepath.Join(cfg.Root, "internal", "cases", e.Name()), filepath.Join(mod, "internal", "cases", e.Name()), false); err != nil {
				return err
			}
		}
	}
	return nil
}

// buildPackage puts the student's non-test files beside the official
// grade_test.go (the repository's exercises/X/grade_test.go).
func buildPackage(cfg Config, pkg, exercise string, code []string) error {
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		return err
	}
	if err := copyFile(filepath.Join(cfg.Root, "exercises", exercise, "grade_test.go"), filepath.Join(pkg, "grade_test.go")); err != nil {
		return fmt.Errorf("official test file: %v", err)
	}
	for _, f := range code {
		if err := copyFile(f, filepath.Join(pkg, filepath.Base(f))); err != nil {
			return err
		}
	}
	return nil
}

// copyGo copies the .go files of a folder (test files only when tests).
func copyGo(from, to string, tests bool) error {
	files, err := filepath.Glob(filepath.Join(from, "*.go"))
	if err != nil {
		return err
	}
	if err := os.MkdirAll(to, 0o755); err != nil {
		return err
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") && !tests {
			continue
		}
		if err := copyFile(f, filepath.Join(to, filepath.Base(f))); err != nil {
			return err
		}
	}
	return nil
}

// copyFile copies a regular file (of at most 1 MiB: a submission's .go file
// larger than that is not code).
func copyFile(from, to string) error {
	st, err := os.Lstat(from) // a symlink (to solutions/?) is not copied
	if err != nil {
		return err
	}
	if !st.Mode().IsRegular() || st.Size() > 1<<20 {
		return fmt.Errorf("%s: not a regular file of at most 1 MiB", filepath.Base(from))
	}
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, b, 0o644)
}
