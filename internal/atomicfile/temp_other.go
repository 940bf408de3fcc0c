//go:build !unix

package atomicfile

import (
	"io/fs"
	"os"
)

// temp is a temporary file. Without flock, an open file is what protects a
// live writer's temporary: Windows does not remove a file another process
// holds open.
type temp struct{ f *os.File }

func createTemp(dir, base string) (*temp, error) {
	f, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return nil, err
	}
	return &temp{f}, nil
}

func (t *temp) release() { t.f.Close() }

// rename closes first: Windows does not rename an open file.
func (t *temp) rename(target string) error {
	if err := t.f.Close(); err != nil {
		return err
	}
	return os.Rename(t.f.Name(), target)
}

// removeIfAbandoned removes the temporary; it fails while a writer holds it
// open.
func removeIfAbandoned(path string) { os.Remove(path) }

// syncDir does nothing: a folder cannot be synced here.
func syncDir(string) error { return nil }

func sameOwner(*os.File, fs.FileInfo) {}
