//go:build unix

package mlp

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestLoadFileRefusesNonRegular: LoadFile of a named pipe returns an error
// at once instead of waiting for a writer (issue 18: it hung forever), and
// a device or a folder is refused the same way; a symbolic link to a model
// file still loads.
func TestLoadFileRefusesNonRegular(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "model.json")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := LoadFile(fifo)
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "mlp: "+fifo+" is a named pipe (FIFO), not a regular file") {
			t.Errorf("FIFO: got %v, want an error naming the named pipe", err)
		}
	case <-time.After(30 * time.Second): // a hang guard, not a measure of speed
		// Open the FIFO for writing so that the blocked LoadFile returns.
		if w, err := os.OpenFile(fifo, os.O_WRONLY, 0); err == nil {
			w.Close()
		}
		t.Fatal("LoadFile of a FIFO still waiting after 30 s: it blocks on open")
	}
	// The open after the Stat (against a FIFO put in place of the file in
	// between) does not block either.
	if f, err := os.OpenFile(fifo, modelOpenFlags, 0); err != nil {
		t.Errorf("opening a FIFO with modelOpenFlags: %v", err)
	} else {
		f.Close()
	}

	for _, c := range []struct{ path, want string }{
		{os.DevNull, "is a character device, not a regular file"},
		{dir, "is a folder, not a regular file"},
	} {
		if _, err := LoadFile(c.path); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("LoadFile(%s): got %v, want an error containing %q", c.path, err, c.want)
		}
	}

	net, text := savedModel(t)
	file, link := filepath.Join(dir, "real.json"), filepath.Join(dir, "link.json")
	if err := os.WriteFile(file, text, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(file, link); err != nil {
		t.Fatal(err)
	}
	if got, err := LoadFile(link); err != nil || !sameWeights(got, net) {
		t.Errorf("LoadFile through a symbolic link: %v", err)
	}
}
