// Command grade scores the graded exercises.
//
//	go run ./cmd/grade                  your own score: this checkout's exercises/,
//	                                    a table; exit status 1 unless every test passes
//	go run ./cmd/grade SUBMISSIONS      a class: one folder (or .zip/.tar.gz) per
//	                                    student; writes results.json, grades.csv
//	                                    (Canvas) and grades-moodle.csv into -out
//	go run ./cmd/grade -student NAME SUBMISSIONS
//	                                    grade one student again, into -out's results
//
// The verdict is computed outside the student's code: each submission is
// built, and each of its tests run, in a sandbox (bwrap) where the student's
// functions only answer calls the grader chose from a seed drawn for the run;
// the reference solutions answer the same calls in a process of their own,
// and the grader compares. See exercises/README.md, "How it grades".
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"gomlp.dev/internal/grading"
)

// Exit statuses.
const (
	exitFailed = 1 // student mode: a test failed; or the submissions cannot be listed
	exitUsage  = 2
	exitFault  = 3 // the grader could not grade (nothing written)
	// an interrupted run exits 128 + the signal's number (130 for SIGINT)
)

func main() {
	var cfg Config
	flag.IntVar(&cfg.Workers, "j", runtime.NumCPU(), "submissions graded at a time (each runs one process at a time)")
	flag.DurationVar(&cfg.TestTimeout, "test-timeout", 10*time.Second, "wall time of one test's process, init included")
	flag.DurationVar(&cfg.ExerciseTimeout, "exercise-timeout", 60*time.Second, "wall time of all test processes of one exercise")
	flag.DurationVar(&cfg.CompileTimeout, "compile-timeout", 3*time.Minute, "wall time of one build of one submission")
	flag.IntVar(&cfg.MemMB, "mem", 2048, "address space of a test process, MiB (0: none; a Go program reserves about 1 GiB at start)")
	flag.IntVar(&cfg.CompileMemMB, "compile-mem", 2048, "address space of each process of a build, MiB (0: none)")
	flag.IntVar(&cfg.OutputCap, "output-cap", 64<<10, "bytes of a process's output kept")
	seed := flag.Uint64("seed", 0, "seed of the tests' random calls (default: a new one, printed)")
	out := flag.String("out", ".", "folder for results.json, grades.csv and grades-moodle.csv (class mode)")
	feedback := flag.String("feedback", "", "folder for one Markdown report per student (class mode)")
	student := flag.String("student", "", "grade this student of SUBMISSIONS again and merge into -out's results.json")
	only := flag.String("exercises", "", "comma-separated exercises to grade (default: all)")
	flag.BoolVar(&cfg.Verbose, "v", false, "say what the grader does and how long it takes")
	noSandbox := flag.Bool("unsafe-no-sandbox", false, "grade a class without bwrap: the submissions' code then runs as you")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: go run ./cmd/grade [flags] [SUBMISSIONS]\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 1 || (*student != "" && flag.NArg() == 0) {
		flag.Usage()
		os.Exit(exitUsage)
	}
	root, err := repoRoot()
	if err != nil {
		fatal(exitUsage, err)
	}
	cfg.Root = root
	if cfg.Exercises, err = selectExercises(*only); err != nil {
		fatal(exitUsage, err)
	}
	cfg.Seed = *seed
	if cfg.Seed == 0 {
		cfg.Seed = grading.NewSeed()
	}
	if cfg.Cache, err = buildCache(); err != nil {
		fatal(exitFault, err)
	}
	class := flag.NArg() == 1
	switch {
	case class && *noSandbox:
		cfg.Sandbox = sandboxOff
		fmt.Fprintln(os.Stderr, "grade: WARNING: -unsafe-no-sandbox: each submission's code runs as you, with your files, your network and your processes; only its time, memory and output are limited, and it can read the reference solutions and forge nothing but its own answers")
	case class:
		cfg.Sandbox = sandboxRequired
	default:
		cfg.Sandbox = sandboxPreferred
	}

	ctx, interrupted := interruptible()
	work, err := scratch()
	if err != nil {
		fatal(exitFault, err)
	}
	code := grade(ctx, cfg, work, class, *out, *feedback, *student)
	os.RemoveAll(work)
	if sig := interrupted(); sig != nil {
		fmt.Fprintf(os.Stderr, "grade: interrupted by %v: nothing was written (results.json, grades.csv and the feedback are as they were)\n", sig)
		os.Exit(128 + signalNumber(sig))
	}
	os.Exit(code)
}

// grade runs one mode and returns the exit status.
func grade(ctx context.Context, cfg Config, work string, class bool, out, feedback, only string) int {
	var students []Student
	if class {
		list, err := Submissions(flag.Arg(0), work)
		if err != nil {
			fmt.Fprintln(os.Stderr, "grade:", err)
			return exitFailed
		}
		for _, s := range list {
			if only == "" || s.Name == only {
				students = append(students, s)
			}
		}
		if len(students) == 0 {
			if only != "" {
				fmt.Fprintf(os.Stderr, "grade: no submission %q in %s\n", only, flag.Arg(0))
			} else {
				fmt.Fprintf(os.Stderr, "grade: no submissions in %s (one folder, .zip or .tar.gz per student)\n", flag.Arg(0))
			}
			return exitFailed
		}
	} else {
		students = []Student{{Name: "you", Source: "exercises/", Root: cfg.Root, Dir: filepath.Join(cfg.Root, "exercises")}}
	}
	var prev *Results
	if only != "" {
		var err error
		if prev, err = readResults(filepath.Join(out, "results.json"), cfg); err != nil {
			fmt.Fprintln(os.Stderr, "grade:", err)
			return exitFailed
		}
	}
	start := time.Now()
	g, err := newGrader(ctx, cfg, work)
	if ctx.Err() != nil {
		return 0 // main reports the interruption
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "grade: cannot grade: %v\n", err)
		return exitFault
	}
	fmt.Fprintf(os.Stderr, "grade: seed %d; %s\n", cfg.Seed, g.note())
	res := g.Grade(ctx, students)
	if ctx.Err() != nil {
		return 0
	}
	if err := g.Fault(); err != nil {
		fmt.Fprintf(os.Stderr, "grade: the grader failed, nothing was written: %v\n", err)
		return exitFault
	}
	if !class {
		PrintTable(os.Stdout, res.Students[0])
		if res.Students[0].Total < res.Students[0].Max {
			return exitFailed
		}
		return 0
	}
	if prev != nil {
		res = merge(prev, res.Students[0])
	}
	if err := writeOutputs(res, out, feedback, only); err != nil {
		fmt.Fprintf(os.Stderr, "grade: %v\n", err)
		return exitFault
	}
	for _, s := range res.Students {
		if only == "" || s.Student == only {
			fmt.Printf("%-24s %4d/%d  (%.1f s)\n", s.Student, s.Total, s.Max, s.Seconds)
		}
	}
	fmt.Printf("graded %d submissions in %.1f s; wrote %s\n", len(students), time.Since(start).Seconds(), filepath.Join(out, "{results.json,grades.csv,grades-moodle.csv}"))
	return 0
}

// writeOutputs writes results.json, both gradebooks and, with a feedback
// folder, the students' reports (only's alone when re-grading one), all
// replaced together or not at all.
func writeOutputs(res *Results, out, feedback, only string) error {
	files := map[string][]byte{}
	var err error
	if files[filepath.Join(out, "results.json")], err = JSON(res); err != nil {
		return err
	}
	if files[filepath.Join(out, "grades.csv")], err = CanvasCSV(res); err != nil {
		return err
	}
	if files[filepath.Join(out, "grades-moodle.csv")], err = MoodleCSV(res); err != nil {
		return err
	}
	if feedback != "" {
		taken := map[string]bool{}
		for _, s := range res.Students {
			name := feedbackName(s.Student, taken)
			if only == "" || s.Student == only {
				files[filepath.Join(feedback, name)] = Feedback(res, s)
			}
		}
	}
	return writeSet(files)
}

func fatal(code int, err error) {
	fmt.Fprintln(os.Stderr, "grade:", err)
	os.Exit(code)
}

// repoRoot finds the folder of go.mod (module gomlp.dev) from the current one up.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if b, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil && strings.Contains(string(b), "module gomlp.dev\n") {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("run me inside the course repository (no go.mod of module gomlp.dev above %s)", dir)
		}
		dir = parent
	}
}

func selectExercises(only string) ([]grading.Exercise, error) {
	if only == "" {
		return grading.Table, nil
	}
	var out []grading.Exercise
	for _, n := range strings.Split(only, ",") {
		ex, ok := grading.Lookup(strings.TrimSpace(n))
		if !ok {
			return nil, fmt.Errorf("no exercise %q", n)
		}
		out = append(out, ex)
	}
	return out, nil
}

// buildCache is the folder of the reference's build cache, kept between
// runs ($GOMLP_GRADE_CACHE, or the user's cache folder): only the trusted
// reference build writes it; each submission builds in a copy.
func buildCache() (string, error) {
	dir := os.Getenv("GOMLP_GRADE_CACHE")
	if dir == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			return "", err
		}
		dir = filepath.Join(base, "gomlp-grade", "build")
	}
	return dir, os.MkdirAll(dir, 0o755)
}

// interruptible returns a context that ends on SIGINT, SIGTERM, SIGQUIT or
// SIGHUP, and a function telling which signal ended it.
func interruptible() (context.Context, func() os.Signal) {
	ctx, cancel := context.WithCancel(context.Background())
	ch := make(chan os.Signal, 2)
	signal.Notify(ch, stopSignals...)
	var got os.Signal
	done := make(chan struct{})
	go func() {
		got = <-ch
		close(done)
		cancel()
	}()
	return ctx, func() os.Signal {
		select {
		case <-done:
			return got
		default:
			return nil
		}
	}
}
