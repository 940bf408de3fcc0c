package main

import (
	"bytes"
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"gomlp.dev/internal/cases"
	"gomlp.dev/internal/grading"
)

// Config is how the grader runs.
type Config struct {
	Root            string // this repository: go.mod, internal/, solutions/
	Exercises       []grading.Exercise
	Workers         int           // submissions graded at a time (one process each)
	TestTimeout     time.Duration // one test's process, init included
	ExerciseTimeout time.Duration // all test processes of one exercise
	CompileTimeout  time.Duration // one build of one submission
	MemMB           int           // address space of a test process
	CompileMemMB    int           // address space of each process of a build
	OutputCap       int           // bytes of a process's output kept
	Seed            uint64        // the calls' seed: new for every run unless given
	Sandbox         int           // sandboxRequired, sandboxPreferred or sandboxOff
	Cache           string        // the reference's build cache, kept between runs
	Verbose         bool          // say what it does, and how long it took
}

// Sandbox modes: a class is graded in the sandbox or not at all (unless the
// teacher turns it off); a student's own checkout uses it where it works.
const (
	sandboxRequired = iota
	sandboxPreferred
	sandboxOff
)

// grader holds what one run prepares once: the sandbox, the module every
// build starts from, the reference's answers to every test's calls.
type grader struct {
	cfg       Config
	work      string // scratch folder, removed at the end
	launcher  string // cmd/grade/launcher, built where a sandbox can read it
	sandbox   *sandbox
	binder    *sandbox // bwrap binding trusted process trees to the grader's life
	goroot    string
	gobin     string
	std       map[string]bool // the standard library's importable packages
	template  string
	suites    []grading.Graded
	calls     map[string][]byte          // exercise/test → the calls
	ncalls    map[string]int             // exercise/test → how many
	want      map[string][]grading.Reply // exercise/test → the reference's replies
	noSandbox string                     // why a student's own run is not sandboxed

	faultMu sync.Mutex
	fault   error // the grader's own failure during the run: no grade is given
}

// setFault records the first failure of the grader's own.
func (g *grader) setFault(err error) {
	g.faultMu.Lock()
	defer g.faultMu.Unlock()
	if g.fault == nil {
		g.fault = err
	}
}

// Fault is the grader's own failure during Grade, if any: its results
// must not be written.
func (g *grader) Fault() error {
	g.faultMu.Lock()
	defer g.faultMu.Unlock()
	return g.fault
}

// logf reports a step of the run (-v).
func (g *grader) logf(format string, args ...any) {
	if g.cfg.Verbose {
		fmt.Fprintf(os.Stderr, "grade: %s "+format+"\n", append([]any{time.Now().Format("15:04:05.000")}, args...)...)
	}
}

// note says how submissions run.
func (g *grader) note() string {
	switch {
	case g.sandbox != nil:
		return "each submission is built and run in a bwrap sandbox"
	case g.cfg.Sandbox == sandboxPreferred:
		return "your code runs without a sandbox (" + g.noSandbox + ")"
	}
	return "UNSANDBOXED: the submissions' code runs as you"
}

// newGrader prepares a run in work: it finds Go and the sandbox, lays out
// the module template, builds the reference solutions and records their
// answers to this run's calls. An error here is the grader's own.
func newGrader(ctx context.Context, cfg Config, work string) (*grader, error) {
	g := &grader{cfg: cfg, work: work, calls: map[string][]byte{}, ncalls: map[string]int{}, want: map[string][]grading.Reply{}}
	for _, ex := range cfg.Exercises {
		s, ok := cases.Lookup(ex.Name)
		if !ok {
			return nil, fmt.Errorf("exercise %s has no tests in internal/cases", ex.Name)
		}
		g.suites = append(g.suites, s)
	}
	g.binder = findBinder()
	if err := g.findGo(ctx); err != nil {
		return nil, err
	}
	if runtime.GOOS == "linux" {
		if err := g.buildLauncher(ctx); err != nil {
			return nil, err
		}
	}
	var err error
	if cfg.Sandbox != sandboxOff {
		g.sandbox, err = findSandbox(g.launcher)
		switch {
		case err != nil && cfg.Sandbox == sandboxRequired:
			return nil, fmt.Errorf("%v; grading a class without the sandbox needs -unsafe-no-sandbox", err)
		case err != nil:
			g.noSandbox = err.Error()
		}
	}
	if g.sandbox != nil {
		if g.sandbox.asNobody {
			if err := readableByAll(g.goroot); err != nil {
				return nil, fmt.Errorf("the grader runs as root, so each sandbox runs as nobody, who cannot read Go's installation: %v (install Go where every user can read it, e.g. /usr/local/go, or grade as an ordinary user)", err)
			}
		}
	}
	g.logf("sandbox: %s", g.note())
	if err := g.prepareTemplate(ctx); err != nil {
		return nil, err
	}
	g.logf("module template ready")
	if err := g.buildReference(ctx); err != nil {
		return nil, fmt.Errorf("the reference solutions: %v", err)
	}
	g.logf("reference built and asked")
	return g, nil
}

func exeSuffix() string {
	if runtime.GOOS == "windows" {
		return ".exe"
	}
	return ""
}

// buildLauncher builds cmd/grade/launcher, without cgo (a sandbox holds
// no C library), into the scratch folder.
func (g *grader) buildLauncher(ctx context.Context) error {
	g.launcher = filepath.Join(g.work, "bin", "launcher")
	tmp := filepath.Join(g.work, "tmp")
	if err := os.MkdirAll(tmp, 0o755); err != nil {
		return err
	}
	// the user's own build cache: this program is trusted
	cmd := g.trusted(ctx, g.cfg.Root, g.modEnv(), g.gobin, "build", "-trimpath", "-o", g.launcher, "./cmd/grade/launcher")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("building the launcher: %v: %s", err, out)
	}
	return os.Chmod(filepath.Dir(g.launcher), 0o755)
}

// trusted is a command of the grader's own (go env, go list, go mod
// vendor): in its own process group, killed with the grader, its whole tree
// bound to the grader's life where bwrap works.
func (g *grader) trusted(ctx context.Context, dir string, env []string, argv ...string) *exec.Cmd {
	if g.binder != nil {
		argv = g.binder.bind(argv)
	}
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Dir, cmd.Env = dir, env
	setProcAttr(cmd, false)
	cmd.Cancel = func() error { killTree(cmd); return nil }
	return cmd
}

// findGo finds the go command, its GOROOT and the standard library.
func (g *grader) findGo(ctx context.Context) error {
	gobin := filepath.Join(runtime.GOROOT(), "bin", "go"+exeSuffix())
	if _, err := os.Stat(gobin); err != nil {
		if gobin, err = exec.LookPath("go"); err != nil {
			return errors.New("the go command is not on PATH")
		}
	}
	out, err := g.trusted(ctx, "", nil, gobin, "env", "GOROOT").Output()
	if err != nil {
		return fmt.Errorf("go env GOROOT: %v", err)
	}
	g.goroot = strings.TrimSpace(string(out))
	g.gobin = filepath.Join(g.goroot, "bin", "go"+exeSuffix())
	out, err = g.trusted(ctx, "", g.modEnv(), g.gobin, "list", "std").Output()
	if err != nil {
		return fmt.Errorf("go list std: %v%s", err, stderrOf(err))
	}
	g.std = map[string]bool{}
	for _, p := range strings.Fields(string(out)) {
		if !strings.Contains("/"+p+"/", "/internal/") && !strings.Contains("/"+p+"/", "/vendor/") {
			g.std[p] = true
		}
	}
	return nil
}

// allowed is what a submission may import: the standard library and gonum.
func (g *grader) allowed(path string) bool {
	return g.std[path] || (strings.HasPrefix(path, "gonum.org/v1/gonum/") && !strings.Contains(path, "/internal/"))
}

// assemble makes a module folder from the template: its files copied, its
// vendor folder linked.
func (g *grader) assemble(dst string) error {
	for _, f := range []string{"go.mod", "go.sum"} {
		if err := copyFile(filepath.Join(g.template, f), filepath.Join(dst, f), 4<<20); err != nil {
			return err
		}
	}
	if err := copyTree(filepath.Join(g.template, "internal"), filepath.Join(dst, "internal")); err != nil {
		return err
	}
	return os.Symlink(filepath.Join(g.template, "vendor"), filepath.Join(dst, "vendor"))
}

// buildReference builds the answering program of solutions/ (trusted: no
// sandbox), into the kept build cache, then records its replies to every
// test's calls.
func (g *grader) buildReference(ctx context.Context) error {
	mod := filepath.Join(g.work, "reference")
	if err := g.assemble(mod); err != nil {
		return err
	}
	for _, s := range g.suites {
		if err := copyGo(filepath.Join(g.cfg.Root, "solutions", s.Name()), filepath.Join(mod, "solutions", s.Name())); err != nil {
			return err
		}
	}
	if err := writeAnswerer(filepath.Join(mod, answerDir), "gomlp.dev/solutions/", g.suites); err != nil {
		return err
	}
	tmp := filepath.Join(g.work, "tmp")
	if err := os.MkdirAll(tmp, 0o755); err != nil {
		return err
	}
	bin := filepath.Join(g.work, "reference.bin")
	o := g.run(ctx, proc{
		Argv: []string{g.gobin, "build", "-ldflags=-s -w", "-o", bin, "./" + answerDir + "/" + answerMain},
		Env:  g.goEnv(g.cfg.Cache, tmp, false), Dir: mod, Bound: true,
		Lim: limits{Wall: g.cfg.CompileTimeout + 5*time.Minute, Output: 1 << 20},
	})
	if o.Canceled {
		return ctx.Err()
	}
	if o.ExitCode != 0 || o.TimedOut {
		return fmt.Errorf("go build: %s", strings.TrimSpace(o.Output))
	}
	g.logf("reference built in %.1f s", o.Elapsed.Seconds())
	for _, s := range g.suites {
		for _, test := range s.TestNames() {
			key := s.Name() + "/" + test
			calls, n, err := s.Plan(test, g.cfg.Seed)
			if err != nil {
				return err
			}
			g.calls[key], g.ncalls[key] = calls, n
			replies, o, err := g.ask(ctx, bin, nil, s.Name(), test, calls, n)
			if o.Canceled {
				return ctx.Err()
			}
			if err != nil || o.TimedOut || o.ExitCode != 0 {
				return fmt.Errorf("%s: %v (exit status %d, timed out %v): %s", key, err, o.ExitCode, o.TimedOut, lastLine(o.Output))
			}
			for _, r := range replies {
				if r.Missing {
					return fmt.Errorf("%s: no reply to call %d: %s", key, r.Index, lastLine(o.Output))
				}
			}
			g.want[key] = replies
		}
	}
	return nil
}

// ask puts one test's calls to an answering program and reads its replies,
// one per call (Missing where none came); err reports replies that were
// garbled or forged (a reply for a call twice, for no call).
func (g *grader) ask(ctx context.Context, bin string, j *jail, exercise, test string, calls []byte, n int) ([]grading.Reply, outcome, error) {
	var req bytes.Buffer
	gob.NewEncoder(&req).Encode(grading.Request{Exercise: exercise, Test: test, Calls: calls})
	p := g.answerProc(bin, j, req.Bytes(), g.cfg.TestTimeout)
	if j == nil && filepath.Dir(bin) == g.work {
		p.Lim.MemMB = 0 // the reference, trusted
	}
	o := g.run(ctx, p)
	replies := make([]grading.Reply, n)
	for i := range replies {
		replies[i] = grading.Reply{Index: i, Missing: true}
	}
	dec := gob.NewDecoder(bytes.NewReader(o.Answers))
	for {
		var r grading.Reply
		err := dec.Decode(&r)
		if err == io.EOF {
			break
		}
		if err != nil {
			return replies, o, fmt.Errorf("its replies are garbled (%v)", err)
		}
		if r.Index < 0 || r.Index >= n || !replies[r.Index].Missing || r.Missing {
			return replies, o, fmt.Errorf("its replies are forged (a reply for call %d, of %d, twice or out of place)", r.Index, n)
		}
		replies[r.Index] = r
	}
	if o.Overflow {
		return replies, o, fmt.Errorf("its replies exceed %d MiB", answerCap>>20)
	}
	return replies, o, nil
}

// answerProc is one run of an answering program: in its jail (a private
// /tmp, the program read-only, nothing else) or, unsandboxed, in a scratch
// folder of its own.
func (g *grader) answerProc(bin string, j *jail, stdin []byte, wall time.Duration) proc {
	p := proc{Stdin: stdin, Answers: true,
		Lim: limits{Wall: wall, MemMB: g.cfg.MemMB, FileMB: 64, Procs: 16, Output: g.cfg.OutputCap}}
	if j != nil {
		p.Jail, p.Argv = j, []string{"/answer/" + filepath.Base(bin)}
		p.Env = []string{"HOME=/tmp", "TMPDIR=/tmp", "GOMAXPROCS=1", "GOTRACEBACK=single"}
		return p
	}
	home, _ := os.MkdirTemp(filepath.Dir(bin), "home-")
	p.Argv, p.Dir = []string{bin}, home
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); k != "HOME" && k != "TMPDIR" && k != "TMP" && k != "TEMP" && !strings.HasPrefix(k, "GO") {
			p.Env = append(p.Env, kv)
		}
	}
	p.Env = append(p.Env, "HOME="+home, "TMPDIR="+home, "TMP="+home, "TEMP="+home, "GOMAXPROCS=1", "GOTRACEBACK=single")
	return p
}

// lastLine picks the informative line of a crash: "fatal error: …",
// "panic: …", or the last non-empty line.
func lastLine(out string) string {
	lines := strings.Split(strings.TrimSpace(out), "\n")
	for _, l := range lines {
		if strings.HasPrefix(l, "fatal error:") || strings.HasPrefix(l, "panic:") || strings.HasPrefix(l, "runtime: goroutine stack exceeds") {
			return grading.Cap(strings.TrimSpace(l), 200)
		}
	}
	return grading.Cap(strings.TrimSpace(lines[len(lines)-1]), 200)
}

// Grade grades every student, Workers at a time. It stops early when ctx
// ends (the results are then incomplete: the caller writes nothing).
func (g *grader) Grade(ctx context.Context, students []Student) *Results {
	res := newResults(g.cfg, g.sandbox != nil)
	res.Students = make([]StudentResult, len(students))
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(g.cfg.Workers, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				dir := filepath.Join(g.work, fmt.Sprintf("s%03d", i))
				res.Students[i] = g.gradeStudent(ctx, students[i], dir)
				g.logf("%s: %d/%d, %.1f s of processes", students[i].Name, res.Students[i].Total, res.Students[i].Max, res.Students[i].Seconds)
				os.RemoveAll(dir)
			}
		}()
	}
	for i := range students {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	return res
}

// testKey names a test of an exercise.
func testKey(exercise, test string) string { return exercise + "/" + test }
