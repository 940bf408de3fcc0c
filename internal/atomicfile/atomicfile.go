// Package atomicfile replaces files so that they are never half-written: the
// one way this module writes a file a user keeps (a notebook, a model, a
// grade report, a generated stub, a golden image).
//
// A write goes to a temporary file in the target's folder, named
// ".NAME.DIGITS.tmp" (NAME is the target's file name), which is synced,
// renamed over the target, and then the folder is synced, so that once
// WriteFile returns the new file survives a power cut.
//
// What is left when the writer dies:
//   - it fails (a full disk, a file-size limit, an error): the target is
//     byte for byte as it was and the temporary file is removed;
//   - it is killed with SIGKILL, or the machine stops, before the rename:
//     the target is as it was and its temporary file stays (a partial copy,
//     up to the size of the new file). The next WriteFile of the same target
//     removes it, and every other temporary of that target's naming whose
//     writer is gone (a live writer holds a lock on its own temporary, so it
//     is never removed under it). Temporaries of other files are left for
//     their own next write;
//   - it is killed after the rename: the target is the new file, complete.
//
// What is refused: a target that is not a regular file (a folder, a named
// pipe, a socket, a device node) gives an error naming what is there, and
// nothing is written. A symbolic link is followed (up to 40 links): the
// file it points to is replaced, the link stays; a link to nowhere gets its
// target created. A file with several hard links is replaced under this
// name only (the other names keep the old contents). Between the check and
// the rename there is a window of microseconds in which another process
// could put something else at the path; WriteFile does not lock the target.
package atomicfile

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// ErrChanged is returned (wrapped) by WriteFileIfUnchanged when the file no
// longer holds what the caller read.
var ErrChanged = errors.New("the file changed on disk")

// maxLinks is how many symbolic links a path may go through (Linux's limit).
const maxLinks = 40

// WriteFile replaces the file at path with data (see the package doc for
// what is refused and what is left after a failure). A new file gets perm;
// an existing one keeps its permissions and, where the writer may set it,
// its owner.
func WriteFile(path string, data []byte, perm os.FileMode) error {
	return write(path, data, perm, nil)
}

// WriteFileIfUnchanged is WriteFile on the condition that the file at path
// still holds exactly old, the bytes the caller read before it computed
// data: if anyone changed it in between (an editor's autosave, another
// run), nothing is written and the error wraps ErrChanged. The comparison
// is made just before the rename.
func WriteFileIfUnchanged(path string, old, data []byte, perm os.FileMode) error {
	return write(path, data, perm, old)
}

func write(path string, data []byte, perm os.FileMode, expect []byte) (err error) {
	target, fi, err := resolve(path)
	if err != nil {
		return fmt.Errorf("writing %s: %w: nothing was written", path, err)
	}
	if fi != nil {
		perm = fi.Mode().Perm()
	}
	dir, base := split(target)
	removeStale(dir, base)
	t, err := createTemp(dir, base)
	if err != nil {
		return fmt.Errorf("writing %s: %w (the old file is unchanged)", path, err)
	}
	renamed := false
	defer func() {
		if !renamed {
			t.release()
			os.Remove(t.f.Name())
			if errors.Is(err, ErrChanged) {
				err = fmt.Errorf("writing %s: %w since it was read: nothing was written", path, err)
			} else {
				err = fmt.Errorf("writing %s: %w (the old file is unchanged)", path, err)
			}
		}
	}()
	if _, err := t.f.Write(data); err != nil {
		return err
	}
	if fi != nil {
		sameOwner(t.f, fi)
	}
	if err := t.f.Chmod(perm); err != nil {
		return err
	}
	if err := t.f.Sync(); err != nil {
		return err
	}
	if expect != nil {
		if err := unchanged(target, expect); err != nil {
			return err
		}
	}
	if err := t.rename(target); err != nil {
		return err
	}
	renamed = true
	if err := syncDir(dir); err != nil {
		return fmt.Errorf("writing %s: the file is written, but syncing its folder failed: %w", path, err)
	}
	return nil
}

// resolve follows symbolic links from path to the file a write replaces and
// returns it with its FileInfo (nil if it does not exist yet). It is an
// error if that is not a regular file.
func resolve(path string) (string, fs.FileInfo, error) {
	p := path
	for links := 0; ; links++ {
		fi, err := os.Lstat(p)
		if errors.Is(err, fs.ErrNotExist) {
			return p, nil, nil
		}
		if err != nil {
			return "", nil, err
		}
		if fi.Mode().Type() != fs.ModeSymlink {
			if !fi.Mode().IsRegular() {
				if p != path {
					return "", nil, fmt.Errorf("it links to %s, which is %s, not a regular file", p, Kind(fi.Mode()))
				}
				return "", nil, fmt.Errorf("it is %s, not a regular file", Kind(fi.Mode()))
			}
			return p, fi, nil
		}
		if links == maxLinks {
			return "", nil, fmt.Errorf("more than %d symbolic links to follow", maxLinks)
		}
		dest, err := os.Readlink(p)
		if err != nil {
			return "", nil, err
		}
		if filepath.IsAbs(dest) {
			p = dest
		} else {
			// Not filepath.Join: "a/../b" must be resolved by the system,
			// through a's link if a is one, not cleaned away.
			dir, _ := split(p)
			p = dir + string(filepath.Separator) + dest
		}
	}
}

// split is filepath.Split without the trailing separator and without
// cleaning the path (see resolve).
func split(p string) (dir, base string) {
	i := strings.LastIndexAny(p, `/`+string(filepath.Separator))
	switch {
	case i < 0:
		return ".", p
	case i == 0:
		return p[:1], p[1:]
	}
	return p[:i], p[i+1:]
}

// Kind names the type of a file that is not a regular one, for an error
// message: "a folder", "a named pipe (FIFO)", "a socket", "a character
// device", "a block device", or "an irregular file".
func Kind(m fs.FileMode) string {
	switch t := m.Type(); {
	case t&fs.ModeDir != 0:
		return "a folder"
	case t&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case t&fs.ModeSocket != 0:
		return "a socket"
	case t&fs.ModeCharDevice != 0:
		return "a character device"
	case t&fs.ModeDevice != 0:
		return "a block device"
	}
	return "an irregular file"
}

// isTempName says whether name is a temporary of base: ".BASE.DIGITS.tmp",
// as os.CreateTemp names them for createTemp's pattern.
func isTempName(name, base string) bool {
	mid, ok := strings.CutPrefix(name, "."+base+".")
	if !ok {
		return false
	}
	digits, ok := strings.CutSuffix(mid, ".tmp")
	if !ok || digits == "" {
		return false
	}
	for _, r := range digits {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// removeStale removes base's temporaries in dir whose writer is gone.
func removeStale(dir, base string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if e.Type().IsRegular() && isTempName(e.Name(), base) {
			removeIfAbandoned(filepath.Join(dir, e.Name()))
		}
	}
}

// unchanged reports ErrChanged unless the file at path holds exactly want.
func unchanged(path string, want []byte) error {
	fi, err := os.Lstat(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("%w (it was removed)", ErrChanged)
		}
		return err
	}
	if !fi.Mode().IsRegular() || fi.Size() != int64(len(want)) {
		return ErrChanged
	}
	now, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if !bytes.Equal(now, want) {
		return ErrChanged
	}
	return nil
}
