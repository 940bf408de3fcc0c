package main

import (
	"bytes"
	"context"
	"encoding/gob"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"gomlp.dev/internal/grading"
)

// submission is one student's build: its scratch folder and what the build
// made.
type submission struct {
	dir     string            // scratch: src/, cache/, out/, tmp/
	bins    map[string]string // exercise → the answering program that serves it
	seconds float64           // the student's processes, summed
}

// gradeStudent grades one submission in its own scratch folder: its
// exercises are read and checked, built in one sandbox, and each test of
// each exercise runs in a sandbox of its own.
func (g *grader) gradeStudent(ctx context.Context, s Student, dir string) StudentResult {
	sr := StudentResult{Student: s.Name, Source: s.Source, Status: stuGraded, Seed: g.cfg.Seed}
	for _, ex := range g.cfg.Exercises {
		sr.Max += ex.Total()
		sr.Exercises = append(sr.Exercises, blank(ex))
	}
	switch {
	case s.Err != "":
		sr.Status, sr.Message = stuUnreadable, s.Err
	case s.Empty != "":
		sr.Status, sr.Message = stuEmpty, s.Empty
	}
	if sr.Status != stuGraded {
		for i := range sr.Exercises {
			sr.Exercises[i].zero(exMissing, "not graded: the submission is "+sr.Status+" (see the student's message)")
		}
		return sr
	}
	sub := &submission{dir: dir, bins: map[string]string{}}
	var ok []grading.Graded
	for i, suite := range g.suites {
		er := &sr.Exercises[i]
		status, msg := g.readExercise(s, suite.Name(), filepath.Join(dir, "src", "exercises", suite.Name()))
		if status != "" {
			er.zero(status, msg)
			continue
		}
		ok = append(ok, suite)
	}
	if len(ok) > 0 && ctx.Err() == nil {
		built := g.build(ctx, sub, ok, sr.Exercises)
		for i, suite := range g.suites {
			if bin, yes := sub.bins[suite.Name()]; yes && built {
				g.runExercise(ctx, sub, suite, bin, &sr.Exercises[i])
			}
		}
	}
	for i := range sr.Exercises {
		if sr.Exercises[i].Grading == exGraded {
			sr.Exercises[i].finish()
		}
		sr.Total += sr.Exercises[i].Points
	}
	sr.Seconds = float64(int(sub.seconds*10)) / 10
	return sr
}

// readExercise copies a student's exercise folder into the build (its
// regular non-test .go files) and checks it: a status and message when it
// cannot be graded.
func (g *grader) readExercise(s Student, exercise, dst string) (status, msg string) {
	rel := s.Rel(exercise)
	folder := filepath.Join(s.Dir, exercise)
	st, err := os.Lstat(folder)
	switch {
	case err != nil:
		return exMissing, fmt.Sprintf("no folder %s in the submission", rel)
	case st.Mode()&os.ModeSymlink != 0:
		return exRefused, fmt.Sprintf("%s is a symbolic link: hand in the folder itself", rel)
	case !st.IsDir():
		return exMissing, fmt.Sprintf("%s is not a folder", rel)
	}
	entries, err := os.ReadDir(folder)
	if err != nil {
		return exMissing, fmt.Sprintf("%s cannot be read: %v", rel, err)
	}
	n := 0
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "._") {
			continue
		}
		if !e.Type().IsRegular() {
			return exRefused, fmt.Sprintf("%s/%s is not a regular file (a link?): hand in the file itself", rel, name)
		}
		if n++; n > 50 {
			return exRefused, fmt.Sprintf("%s holds more than 50 .go files", rel)
		}
		if err := copyFile(filepath.Join(folder, name), filepath.Join(dst, name), 1<<20); err != nil {
			return exRefused, fmt.Sprintf("%s: %v", rel, err)
		}
	}
	if n == 0 {
		return exMissing, fmt.Sprintf("no .go files in %s", rel)
	}
	if err := grading.CheckPackage(dst, exercise, g.allowed); err != nil {
		return exRefused, err.Error()
	}
	return "", ""
}

// build compiles the answering program of the exercises that passed their
// checks, in one sandbox, offline, in the submission's own copy of the
// build cache. A package that does not compile fails its exercise only: the
// others are built again without it. If the whole program cannot be built
// or does not start (an init that crashes or hangs), each exercise is built
// and started alone. It reports whether anything was built.
func (g *grader) build(ctx context.Context, sub *submission, ok []grading.Graded, ers []ExerciseResult) bool {
	src := filepath.Join(sub.dir, "src")
	for _, d := range []string{"out", "tmp", "cache"} {
		if err := os.MkdirAll(filepath.Join(sub.dir, d), 0o755); err != nil {
			g.fail(ok, ers, "grader: "+err.Error())
			return false
		}
	}
	if g.sandbox != nil {
		// its own cache, filled with what the reference's build compiled
		if err := g.privateCache(filepath.Join(sub.dir, "cache")); err != nil {
			g.fail(ok, ers, "grader: copying the build cache: "+err.Error())
			return false
		}
		if err := g.sandbox.giveAway(sub.dir); err != nil {
			g.fail(ok, ers, "grader: "+err.Error())
			return false
		}
	} else if err := g.assemble(src); err != nil {
		g.fail(ok, ers, "grader: "+err.Error())
		return false
	}
	index := func(name string) *ExerciseResult {
		for i := range ers {
			if ers[i].Exercise == name {
				return &ers[i]
			}
		}
		return nil
	}
	compile := func(todo []grading.Graded, only bool) (outcome, map[string]string) {
		os.RemoveAll(filepath.Join(src, answerDir))
		if err := writeAnswerer(filepath.Join(src, answerDir), "gomlp.dev/exercises/", todo); err != nil {
			return outcome{Err: err, ExitCode: -1}, nil
		}
		if g.sandbox != nil {
			if err := g.sandbox.giveAway(sub.dir); err != nil {
				return outcome{Err: err, ExitCode: -1}, nil
			}
		}
		targets := []string{"./" + answerDir + "/" + answerMain}
		if only {
			targets = []string{"./" + answerDir + "/" + onlyPrefix + todo[0].Name()}
		}
		o := g.run(ctx, g.buildProc(sub, targets))
		sub.seconds += o.Elapsed.Seconds()
		g.logf("built %v in %.1f s (exit status %d)", targets, o.Elapsed.Seconds(), o.ExitCode)
		return o, buildSections(o.Output)
	}
	o, secs := compile(ok, false)
	for o.ExitCode != 0 && !o.TimedOut && !o.Canceled && o.Err == nil {
		// drop the exercises the compiler names, and build the rest again
		var rest []grading.Graded
		for _, s := range ok {
			if msg := compileMessage(secs, s.Name()); msg != "" {
				index(s.Name()).zero(exCompileError, msg)
			} else {
				rest = append(rest, s)
			}
		}
		if len(rest) == len(ok) || len(rest) == 0 {
			break
		}
		ok = rest
		o, secs = compile(ok, false)
	}
	if o.Canceled {
		return false
	}
	if o.ExitCode == 0 && g.probe(ctx, sub, filepath.Join(sub.dir, "out", answerMain+exeSuffix())) == "" {
		for _, s := range ok {
			sub.bins[s.Name()] = answerMain
		}
		return true
	}
	// alone: each exercise built and started by itself
	for _, s := range ok {
		if ctx.Err() != nil {
			return false
		}
		o, secs := compile([]grading.Graded{s}, true)
		bin := filepath.Join(sub.dir, "out", onlyPrefix+s.Name()+exeSuffix())
		switch {
		case o.TimedOut:
			index(s.Name()).zero(exCompileError, fmt.Sprintf("compiling took longer than %v", g.cfg.CompileTimeout))
		case o.ExitCode != 0 || o.Err != nil:
			msg := compileMessage(secs, s.Name())
			if msg == "" {
				msg = buildFailure(o)
			}
			index(s.Name()).zero(exCompileError, msg)
		default:
			if why := g.probe(ctx, sub, bin); why != "" {
				index(s.Name()).zero(exCrashed, why)
			} else {
				sub.bins[s.Name()] = onlyPrefix + s.Name()
			}
		}
	}
	return true
}

// buildFailure describes a build that failed with no compiler message about
// a package (a limit reached, the linker killed).
func buildFailure(o outcome) string {
	out := strings.TrimSpace(o.Output)
	if o.Err != nil {
		return "grader: " + o.Err.Error()
	}
	if strings.Contains(out, "file too large") || strings.Contains(out, "SIGXFSZ") {
		return "the build wrote a file larger than the limit: " + grading.Cap(lastLine(out), 300)
	}
	if strings.Contains(out, "out of memory") || strings.Contains(out, "cannot allocate memory") {
		return "the build ran out of its memory limit: " + grading.Cap(lastLine(out), 300)
	}
	if out == "" {
		return fmt.Sprintf("the build failed (exit status %d) without a message", o.ExitCode)
	}
	return grading.Cap(out, 2000)
}

// fail marks exercises as not graded for a reason of the grader's.
func (g *grader) fail(ok []grading.Graded, ers []ExerciseResult, msg string) {
	for _, s := range ok {
		for i := range ers {
			if ers[i].Exercise == s.Name() {
				ers[i].zero(exCompileError, msg)
			}
		}
	}
}

// buildProc is the go build of a submission: in its sandbox, the template
// read-only at /src with the student's exercises and the generated
// answerer over it, its own cache, output and temporary folders writable.
func (g *grader) buildProc(sub *submission, targets []string) proc {
	lim := limits{Wall: g.cfg.CompileTimeout, MemMB: g.cfg.CompileMemMB, FileMB: 256, Procs: 256, Output: 256 << 10}
	if g.sandbox == nil {
		src := filepath.Join(sub.dir, "src")
		return proc{Argv: append([]string{g.gobin, "build", "-ldflags=-s -w", "-o", filepath.Join(sub.dir, "out") + string(filepath.Separator)}, targets...),
			Env: g.goEnv(g.cfg.Cache, filepath.Join(sub.dir, "tmp"), false), Dir: src, Lim: lim, Bound: true}
	}
	j := &jail{
		Ro: []mount{{g.goroot, g.goroot}, {g.template, "/src"},
			{filepath.Join(sub.dir, "src", "exercises"), "/src/exercises"},
			{filepath.Join(sub.dir, "src", answerDir), "/src/" + answerDir}},
		Rw:  []mount{{filepath.Join(sub.dir, "cache"), "/cache"}, {filepath.Join(sub.dir, "out"), "/out"}, {filepath.Join(sub.dir, "tmp"), "/tmp"}},
		Dir: "/src",
	}
	return proc{Argv: append([]string{g.gobin, "build", "-ldflags=-s -w", "-o", "/out/"}, targets...), Env: g.goEnv("/cache", "/tmp", true), Jail: j, Lim: lim}
}

// testJail is what a test's process sees: the answering programs read-only
// at /answer, a private /tmp of 64 MiB.
func (g *grader) testJail(sub *submission) *jail {
	if g.sandbox == nil {
		return nil
	}
	return &jail{Ro: []mount{{filepath.Join(sub.dir, "out"), "/answer"}}, TmpMB: 64, Dir: "/tmp"}
}

// probe starts an answering program with an empty request: it must answer
// once its packages have initialised, within a test's time limit. It
// returns why not, or "".
func (g *grader) probe(ctx context.Context, sub *submission, bin string) string {
	var req bytes.Buffer
	gob.NewEncoder(&req).Encode(grading.Request{})
	o := g.run(ctx, g.answerProc(bin, g.testJail(sub), req.Bytes(), g.cfg.TestTimeout))
	sub.seconds += o.Elapsed.Seconds()
	var r grading.Reply
	err := gob.NewDecoder(bytes.NewReader(o.Answers)).Decode(&r)
	switch {
	case err == nil && r.Index == -1:
		return ""
	case len(o.Answers) > 0 && !o.TimedOut:
		return "the package writes to the grader's reply channel (file descriptor 3) before any test runs (in init?): its replies cannot be trusted"
	}
	return describe(o, "the package fails before any test runs (in init?)", g.cfg.TestTimeout)
}

// runExercise runs each test of an exercise in a process (a sandbox) of its
// own and judges its answers. The exercise's budget counts the time its
// processes ran.
func (g *grader) runExercise(ctx context.Context, sub *submission, suite grading.Graded, bin string, er *ExerciseResult) {
	er.Grading = exGraded
	var used time.Duration
	for i := range er.Tests {
		tr := &er.Tests[i]
		if ctx.Err() != nil {
			return
		}
		if used > g.cfg.ExerciseTimeout {
			tr.Outcome, tr.Message = stNotRun, fmt.Sprintf("the exercise's time limit (%v) was spent", g.cfg.ExerciseTimeout)
			tr.Status = "error"
			continue
		}
		key := testKey(suite.Name(), tr.Name)
		replies, o, err := g.ask(ctx, filepath.Join(sub.dir, "out", bin+exeSuffix()), g.testJail(sub), suite.Name(), tr.Name, g.calls[key], g.ncalls[key])
		used += o.Elapsed
		sub.seconds += o.Elapsed.Seconds()
		tr.Seconds = float64(int(o.Elapsed.Seconds()*100)) / 100
		tr.Output = printed(o)
		var out grading.Outcome
		switch {
		case o.Canceled:
			return
		case err != nil:
			out = grading.Outcome{Status: grading.StatusError, Message: "the answers could not be read: " + err.Error()}
		default:
			out = suite.Judge(tr.Name, g.calls[key], replies, g.want[key])
		}
		if out.Status == grading.StatusMissing {
			out = missing(o, out.Message, g.cfg.TestTimeout)
		}
		if out.Status == grading.StatusFault {
			g.setFault(fmt.Errorf("%s: %s", key, out.Message))
			return
		}
		tr.Outcome, tr.Message = out.Status, grading.Cap(out.Message, grading.MessageCap)
		tr.Status = exercismStatus(out.Status)
		if out.Status == grading.StatusPass {
			tr.Points = tr.Max
		}
	}
}

// missing explains a missing answer from what became of the process.
func missing(o outcome, what string, timeout time.Duration) grading.Outcome {
	call := strings.TrimPrefix(what, "no answer to ")
	if o.TimedOut {
		return grading.Outcome{Status: stTimeout, Message: fmt.Sprintf("%s: no answer within %v (init included): killed (an infinite loop?)", call, timeout)}
	}
	return grading.Outcome{Status: stCrashed, Message: describe(o, call+" ended the process", timeout)}
}

// describe explains why a process left no answer.
func describe(o outcome, what string, timeout time.Duration) string {
	if o.TimedOut {
		return fmt.Sprintf("%s: killed after %v", what, timeout)
	}
	if o.Err != nil {
		return fmt.Sprintf("%s: grader: %v", what, o.Err)
	}
	msg := fmt.Sprintf("%s (exit status %d", what, o.ExitCode)
	if o.ExitCode == 0 || o.ExitCode == 1 {
		msg += ": os.Exit?"
	}
	msg += ")"
	if tail := lastLine(o.Output); tail != "" {
		msg += ": " + tail
	}
	return msg
}

// printed is what the student's code printed during a test, as exercism
// keeps it: 500 characters.
func printed(o outcome) string {
	out := strings.TrimSpace(o.Output)
	if out == "" {
		return ""
	}
	if r := []rune(out); len(r) > 500 || o.Dropped > 0 {
		return string(r[:min(len(r), 460)]) + "\n[output truncated]"
	}
	return out
}
