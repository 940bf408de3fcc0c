package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// nobody is the user a sandbox runs as when the grader runs as root: root's
// processes are exempt from RLIMIT_NPROC, nobody's are not.
const nobody = 65534

// sandbox runs processes under bubblewrap: each in new namespaces (user,
// PID, network, mount, IPC, UTS, cgroup), with no capability, no network,
// a read-only root holding only what the jail binds, and killed with the
// grader (--die-with-parent).
type sandbox struct {
	bwrap    string
	asNobody bool
}

// launchPath is where the jail holds this program (its launcher).
const launchPath = "/.grade/launch"

// findSandbox finds bwrap and checks that it can make a sandbox here.
func findSandbox(launcher string) (*sandbox, error) {
	path, err := exec.LookPath("bwrap")
	if err != nil {
		return nil, errors.New("bwrap (Debian's bubblewrap) is not installed")
	}
	s := &sandbox{bwrap: path, asNobody: os.Geteuid() == 0}
	argv, env := s.wrap(proc{Argv: []string{launchPath, "ping"}, Jail: &jail{Dir: "/"}, Lim: limits{Wall: 10 * time.Second}}, launcher)
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Env = env
	setProcAttr(cmd, s.asNobody)
	out, err := cmd.CombinedOutput()
	if err != nil || !bytes.Contains(out, []byte("sandbox ok")) {
		return nil, fmt.Errorf("bwrap cannot make a sandbox here (user namespaces disabled?): %v: %s", err, strings.TrimSpace(string(out)))
	}
	return s, nil
}

// wrap returns the command line and environment that run p in its jail.
func (s *sandbox) wrap(p proc, launcher string) (argv, env []string) {
	a := []string{s.bwrap,
		"--unshare-all", "--unshare-user", "--disable-userns", "--die-with-parent", "--new-session",
		"--cap-drop", "ALL", "--hostname", "sandbox", "--clearenv",
		"--proc", "/proc",
	}
	for _, d := range []string{"null", "zero", "random", "urandom"} {
		a = append(a, "--dev-bind", "/dev/"+d, "/dev/"+d)
	}
	for _, m := range p.Jail.Ro {
		a = append(a, "--ro-bind", m.Src, m.Dst)
	}
	for _, m := range p.Jail.Rw {
		a = append(a, "--bind", m.Src, m.Dst)
	}
	if p.Jail.TmpMB > 0 {
		a = append(a, "--size", strconv.Itoa(p.Jail.TmpMB<<20), "--tmpfs", "/tmp")
	}
	a = append(a, "--ro-bind", launcher, launchPath, "--remount-ro", "/", "--chdir", p.Jail.Dir)
	for _, kv := range p.Env {
		k, v, _ := strings.Cut(kv, "=")
		a = append(a, "--setenv", k, v)
	}
	a = append(a, "--")
	return append(a, launchArgs(launchPath, p.Lim, true, p.Argv)...), []string{"PATH=/usr/bin:/bin"}
}

// launchArgs prefixes argv with the launcher and the limits it sets: memory,
// file size, CPU time (twice the wall time: the grader kills on wall time
// first), and, in a sandbox (its own user namespace, so its own count), the
// number of processes and threads.
func launchArgs(launcher string, lim limits, jailed bool, argv []string) []string {
	procs := 0
	if jailed {
		procs = lim.Procs
	}
	cpu := int(2*lim.Wall.Seconds()) + 5
	return append([]string{launcher, strconv.Itoa(lim.MemMB), strconv.Itoa(lim.FileMB), strconv.Itoa(procs), strconv.Itoa(cpu), "--"}, argv...)
}

// bind runs a trusted command in a PID namespace of its own, seeing the
// whole system as it is: when it or the grader dies, every process it
// started dies with it.
func (s *sandbox) bind(argv []string) []string {
	return append([]string{s.bwrap, "--dev-bind", "/", "/", "--proc", "/proc", "--unshare-pid", "--die-with-parent", "--"}, argv...)
}

// findBinder finds bwrap for bind, whether or not it can make sandboxes.
func findBinder() *sandbox {
	path, err := exec.LookPath("bwrap")
	if err != nil {
		return nil
	}
	cmd := exec.Command(path, "--dev-bind", "/", "/", "--proc", "/proc", "--unshare-pid", "--die-with-parent", "--", "/bin/sh", "-c", "exit 0")
	if cmd.Run() != nil {
		return nil
	}
	return &sandbox{bwrap: path}
}

// readableByAll reports whether every user can reach and read path: each
// folder above it searchable, it readable.
func readableByAll(path string) error {
	p, err := filepath.EvalSymlinks(path)
	if err != nil {
		return err
	}
	for d := p; ; d = filepath.Dir(d) {
		st, err := os.Stat(d)
		if err != nil {
			return err
		}
		need := os.FileMode(0o001)
		if d == p {
			need = 0o005
		}
		if st.Mode().Perm()&need != need {
			return fmt.Errorf("%s is not open to every user (mode %v)", d, st.Mode().Perm())
		}
		if d == filepath.Dir(d) {
			return nil
		}
	}
}

// giveAway hands a submission's scratch folder to the sandbox's user when
// the grader runs as root: its folders become nobody's (nobody writes the
// build's cache, output and temporary files there; nobody else can list
// them), its files stay root's, readable (the cache's hard links to the
// reference's entries must stay unchangeable).
func (s *sandbox) giveAway(dir string) error {
	if s == nil || !s.asNobody {
		return nil
	}
	if err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		return os.Lchown(p, nobody, nobody)
	}); err != nil {
		return err
	}
	return os.Chmod(dir, 0o700)
}
