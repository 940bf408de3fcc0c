//go:build unix

package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestNotebookOnAFIFOIsRefused: `nbrun run` and `nbrun lint` read the
// notebook first; on a named pipe that read used to wait forever for a
// writer. The test gives it 20 s, then opens the pipe itself to free it.
func TestNotebookOnAFIFOIsRefused(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "nb.ipynb")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { _, err := readNotebook(fifo); done <- err }()
	var err error
	select {
	case err = <-done:
	case <-time.After(20 * time.Second):
		if w, e := os.OpenFile(fifo, os.O_WRONLY, 0); e == nil {
			w.Close()
		}
		t.Fatalf("reading a notebook that is a named pipe still waits after 20 s")
	}
	want := fifo + " is a named pipe (FIFO), not a notebook file"
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %q", err, want)
	}
	if rep := lintNotebook(fifo); len(rep.Problems) != 1 || rep.Problems[0] != want {
		t.Errorf("lint: got %q, want [%q]", rep.Problems, want)
	}
}

// TestNotebookOnADeviceIsRefused reads /dev/zero as a notebook in a child
// process limited to 2 GiB of address space: the code before this test
// read it until it ran out of memory.
func TestNotebookOnADeviceIsRefused(t *testing.T) {
	if os.Getenv("NBRUN_TEST_DEVZERO") != "" {
		lim := syscall.Rlimit{Cur: 2 << 30, Max: 2 << 30}
		if err := syscall.Setrlimit(syscall.RLIMIT_AS, &lim); err != nil {
			fmt.Println("setrlimit:", err)
			os.Exit(3)
		}
		_, err := readNotebook("/dev/zero")
		fmt.Println(err)
		os.Exit(0)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestNotebookOnADeviceIsRefused$")
	cmd.Env = append(os.Environ(), "NBRUN_TEST_DEVZERO=1")
	out, err := cmd.CombinedOutput()
	want := "/dev/zero is a character device, not a notebook file\n"
	if err != nil || string(out) != want {
		t.Errorf("child: %v, output %q\nwant %q", err, lastLines(string(out), 5), want)
	}
}
