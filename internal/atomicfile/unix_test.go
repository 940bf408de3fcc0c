//go:build unix

package atomicfile

import (
	"bytes"
	"errors"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestWriteFileRefusesNonRegularTargets: a named pipe, a socket, a folder,
// and a device node (reached through a symbolic link, so the test never
// touches /dev) are refused with an error naming what is there; the thing
// stays what it was and no temporary file is left.
func TestWriteFileRefusesNonRegularTargets(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(dir, "sock")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	folder := filepath.Join(dir, "folder")
	os.Mkdir(folder, 0o755)
	dev := filepath.Join(dir, "null")
	if err := os.Symlink("/dev/null", dev); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		path, want string
		mode       os.FileMode
	}{
		{fifo, "is a named pipe (FIFO), not a regular file", os.ModeNamedPipe},
		{sock, "is a socket, not a regular file", os.ModeSocket},
		{folder, "is a folder, not a regular file", os.ModeDir},
		{dev, "links to /dev/null, which is a character device, not a regular file", os.ModeDevice | os.ModeCharDevice},
	}
	for _, c := range cases {
		err := WriteFile(c.path, []byte("data"), 0o644)
		if err == nil || !strings.Contains(err.Error(), c.path) || !strings.Contains(err.Error(), c.want) ||
			!strings.Contains(err.Error(), "nothing was written") {
			t.Errorf("WriteFile(%s): got %v, want an error naming it and saying it %s", filepath.Base(c.path), err, c.want)
		}
		fi, err := os.Stat(c.path)
		if err != nil || fi.Mode().Type() != c.mode {
			t.Errorf("%s is now %v (%v), want it left as %v", filepath.Base(c.path), fi.Mode().Type(), err, c.mode)
		}
	}
	if fi, err := os.Lstat(dev); err != nil || fi.Mode().Type() != os.ModeSymlink {
		t.Errorf("the link to /dev/null was replaced")
	}
	if m, _ := filepath.Glob(filepath.Join(dir, ".*.tmp")); len(m) > 0 {
		t.Errorf("temporary files left: %v", m)
	}
}

// TestWriteFileRefusesDeviceNode makes a real character device node (as
// /dev/null) where root may, and writes over it.
func TestWriteFileRefusesDeviceNode(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("making a device node needs root")
	}
	dev := filepath.Join(t.TempDir(), "null")
	if err := syscall.Mknod(dev, syscall.S_IFCHR|0o666, 1<<8|3); err != nil {
		t.Skipf("mknod: %v", err)
	}
	err := WriteFile(dev, []byte("data"), 0o644)
	if err == nil || !strings.Contains(err.Error(), "is a character device, not a regular file") {
		t.Errorf("got %v, want a refusal naming the character device", err)
	}
	if fi, err := os.Lstat(dev); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		t.Errorf("the device node was replaced: %v %v", fi.Mode(), err)
	}
}

// TestWriteFileThroughSymlink: the link stays a link and its target gets
// the data, also through a chain of relative links, and a dangling link
// gets its target created.
func TestWriteFileThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "real"), 0o755)
	target := filepath.Join(dir, "real", "model.json")
	if err := os.WriteFile(target, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.json")
	os.Symlink(filepath.Join("real", "model.json"), link)
	link2 := filepath.Join(dir, "link2.json")
	os.Symlink("link.json", link2)
	for _, p := range []string{link, link2} {
		if err := WriteFile(p, []byte("new via "+filepath.Base(p)), 0o644); err != nil {
			t.Fatal(err)
		}
		if fi, err := os.Lstat(p); err != nil || fi.Mode().Type() != os.ModeSymlink {
			t.Errorf("%s is no longer a symbolic link", filepath.Base(p))
		}
		got, _ := os.ReadFile(target)
		if string(got) != "new via "+filepath.Base(p) {
			t.Errorf("target holds %q after writing through %s", got, filepath.Base(p))
		}
	}
	if fi, _ := os.Stat(target); fi.Mode().Perm() != 0o600 {
		t.Errorf("target's mode is %v, want its old 0600", fi.Mode().Perm())
	}
	dangling := filepath.Join(dir, "dangling.json")
	os.Symlink(filepath.Join("real", "new.json"), dangling)
	if err := WriteFile(dangling, []byte("created"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "real", "new.json")); string(got) != "created" {
		t.Errorf("dangling link's target holds %q, want %q", got, "created")
	}
	if fi, err := os.Lstat(dangling); err != nil || fi.Mode().Type() != os.ModeSymlink {
		t.Errorf("the dangling link was replaced")
	}
	loop := filepath.Join(dir, "loop")
	os.Symlink("loop", loop)
	if err := WriteFile(loop, []byte("x"), 0o644); err == nil || !strings.Contains(err.Error(), "symbolic links") {
		t.Errorf("a link to itself: got %v, want an error about symbolic links", err)
	}
}

// TestWriteFileRemovesStaleTemporaries: temporaries of WriteFile's own
// naming for the same file, left by a writer that died, are removed by the
// next write; a live writer's temporary (locked) and other files stay.
func TestWriteFileRemovesStaleTemporaries(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "model.json")
	stale := []string{".model.json.12345.tmp", ".model.json.4294967295.tmp"}
	keep := []string{".other.json.12345.tmp", ".model.json.tmp", "model.json.12345.tmp", ".model.json.12x.tmp"}
	for _, n := range append(stale, keep...) {
		os.WriteFile(filepath.Join(dir, n), []byte("partial"), 0o600)
	}
	live := filepath.Join(dir, ".model.json.777.tmp")
	f, err := os.Create(live)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, []byte("new"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, n := range stale {
		if _, err := os.Lstat(filepath.Join(dir, n)); err == nil {
			t.Errorf("stale temporary %s is still there", n)
		}
	}
	for _, n := range append(keep, filepath.Base(live)) {
		if _, err := os.Lstat(filepath.Join(dir, n)); err != nil {
			t.Errorf("%s was removed: it is not a stale temporary of model.json", n)
		}
	}
}

// TestKilledWriterLeavesOneTemporaryTheNextWriteRemoves kills a writer with
// SIGKILL in the middle of a 64 MiB write: the old file is intact, what is
// left is temporaries named .model.json.N.tmp, and the next write removes
// them.
func TestKilledWriterLeavesOneTemporaryTheNextWriteRemoves(t *testing.T) {
	if p := os.Getenv("ATOMICFILE_TEST_WRITER"); p != "" {
		data := bytes.Repeat([]byte("0123456789abcdef"), 4<<20)
		for {
			WriteFile(p, data, 0o644)
		}
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "model.json")
	os.WriteFile(path, []byte("old"), 0o644)
	tmp := regexp.MustCompile(`^\.model\.json\.[0-9]+\.tmp$`)
	temporaries := func() []string {
		var out []string
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if tmp.MatchString(e.Name()) {
				out = append(out, e.Name())
			}
		}
		return out
	}
	left := false
	for try := 0; try < 20 && !left; try++ {
		os.WriteFile(path, []byte("old"), 0o644)
		cmd := exec.Command(os.Args[0], "-test.run=^TestKilledWriterLeavesOneTemporaryTheNextWriteRemoves$")
		cmd.Env = append(os.Environ(), "ATOMICFILE_TEST_WRITER="+path)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		for deadline := time.Now().Add(time.Minute); len(temporaries()) == 0 && time.Now().Before(deadline); {
			time.Sleep(time.Millisecond)
		}
		cmd.Process.Kill()
		cmd.Wait()
		left = len(temporaries()) > 0
		if got, _ := os.ReadFile(path); !bytes.Equal(got, []byte("old")) && len(got) != 64<<20 {
			t.Fatalf("after SIGKILL the file holds %d bytes: neither the old nor the new file", len(got))
		}
	}
	if !left {
		t.Skip("the writer was never killed in the middle of a write")
	}
	t.Logf("left after SIGKILL: %v", temporaries())
	if err := WriteFile(path, []byte("next"), 0o644); err != nil {
		t.Fatal(err)
	}
	if l := temporaries(); len(l) > 0 {
		t.Errorf("the next write left %v", l)
	}
	if got, _ := os.ReadFile(path); string(got) != "next" {
		t.Errorf("got %q, want %q", got, "next")
	}
}

// TestWriteFileSyncsFileAndFolder watches a write with strace: the file is
// synced before the rename and its folder after it.
func TestWriteFileSyncsFileAndFolder(t *testing.T) {
	if p := os.Getenv("ATOMICFILE_TEST_SYNC"); p != "" {
		if err := WriteFile(p, []byte("synced"), 0o644); err != nil {
			os.Exit(3)
		}
		os.Exit(0)
	}
	strace, err := exec.LookPath("strace")
	if err != nil {
		t.Skip("no strace")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "model.json")
	out := filepath.Join(t.TempDir(), "trace")
	cmd := exec.Command(strace, "-f", "-y", "-o", out, "-e", "trace=fsync,fdatasync,rename,renameat,renameat2",
		os.Args[0], "-test.run=^TestWriteFileSyncsFileAndFolder$")
	cmd.Env = append(os.Environ(), "ATOMICFILE_TEST_SYNC="+path)
	if b, err := cmd.CombinedOutput(); err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) && strings.Contains(string(b), "PTRACE") {
			t.Skipf("strace cannot trace here: %s", b)
		}
		t.Fatalf("%v\n%s", err, b)
	}
	trace, _ := os.ReadFile(out)
	var order []string
	for _, line := range strings.Split(string(trace), "\n") {
		switch {
		case strings.Contains(line, "rename") && strings.Contains(line, "model.json") && strings.Contains(line, "= 0"):
			order = append(order, "rename")
		case strings.Contains(line, "sync(") && strings.Contains(line, "<"+dir+"/.model.json."):
			order = append(order, "sync file")
		case strings.Contains(line, "sync(") && strings.Contains(line, "<"+dir+">"):
			order = append(order, "sync folder")
		}
	}
	if got := strings.Join(order, ", "); got != "sync file, rename, sync folder" {
		t.Errorf("got %q, want %q\n%s", got, "sync file, rename, sync folder", trace)
	}
}
