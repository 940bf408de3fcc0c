//go:build unix

package atomicfile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

// temp is a temporary file its writer holds an exclusive lock on (flock)
// from creation to rename, so that another writer can tell it from one
// whose writer died: the system drops the lock of a killed process.
type temp struct{ f *os.File }

// createTemp creates and locks a temporary for base in dir. A temporary is
// unlocked for an instant after its creation, in which another writer could
// take it for abandoned and remove it; so after locking, createTemp checks
// that the name still leads to its file, and starts again if not.
func createTemp(dir, base string) (*temp, error) {
	for try := 0; try < 5; try++ {
		f, err := os.CreateTemp(dir, "."+base+".*.tmp")
		if err != nil {
			return nil, err
		}
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
			f.Close()
			os.Remove(f.Name())
			return nil, fmt.Errorf("locking a temporary file: %w", err)
		}
		mine, err1 := f.Stat()
		named, err2 := os.Lstat(f.Name())
		if err1 == nil && err2 == nil && os.SameFile(mine, named) {
			return &temp{f}, nil
		}
		f.Close()
	}
	return nil, errors.New("could not keep a temporary file: another writer removed it each time")
}

// release closes the file, which drops the lock.
func (t *temp) release() { t.f.Close() }

// rename moves the file over target while still holding the lock.
func (t *temp) rename(target string) error {
	if err := os.Rename(t.f.Name(), target); err != nil {
		return err
	}
	t.f.Close() // synced already: nothing is lost if closing fails
	return nil
}

// removeIfAbandoned removes the temporary at path if no writer holds its
// lock. It opens without following a link and without blocking (a named
// pipe put there would otherwise wait for a writer).
func removeIfAbandoned(path string) {
	fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_NONBLOCK|syscall.O_NOFOLLOW|syscall.O_CLOEXEC, 0)
	if err != nil {
		return
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		return
	}
	if syscall.Flock(fd, syscall.LOCK_EX|syscall.LOCK_NB) == nil {
		os.Remove(path)
	}
}

// syncDir makes a rename in dir durable. File systems that cannot sync a
// folder (EINVAL, ENOTSUP) are not an error.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, syscall.EINVAL) && !errors.Is(err, syscall.ENOTSUP) {
		return err
	}
	return nil
}

// sameOwner gives the temporary the old file's owner and group where the
// writer may (root may; others only their own groups); it is not an error
// if it may not.
func sameOwner(f *os.File, old fs.FileInfo) {
	if st, ok := old.Sys().(*syscall.Stat_t); ok {
		f.Chown(int(st.Uid), int(st.Gid))
	}
}
