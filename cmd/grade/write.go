package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
)

// writeSet replaces several files as one: either every file is new, or every
// file is as it was (results.json never disagrees with grades.csv). Each is
// first written whole to a temporary file beside it and synced; a target
// that is not a regular file (a folder, a link, a device) is refused before
// anything is replaced; the old files are kept as hard links until every
// rename has succeeded, and put back if one fails.
func writeSet(files map[string][]byte) (err error) {
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	type step struct{ path, tmp, backup string }
	var steps []step
	defer func() {
		for _, s := range steps {
			os.Remove(s.tmp)
			if s.backup != "" {
				os.Remove(s.backup)
			}
		}
	}()
	for _, p := range paths {
		if st, err := os.Lstat(p); err == nil && !st.Mode().IsRegular() {
			return fmt.Errorf("%s is not a regular file (%v): not replaced", p, st.Mode().Type())
		}
		tmp, err := writeTemp(p, files[p])
		if err != nil {
			return err
		}
		steps = append(steps, step{path: p, tmp: tmp})
	}
	for i := range steps {
		if _, err := os.Lstat(steps[i].path); err == nil {
			b := steps[i].tmp + ".old"
			if err := os.Link(steps[i].path, b); err != nil {
				return fmt.Errorf("keeping %s while it is replaced: %v", steps[i].path, err)
			}
			steps[i].backup = b
		}
	}
	for i, s := range steps {
		if err := rename(s.tmp, s.path); err != nil {
			// put back what was replaced
			for _, done := range steps[:i] {
				if done.backup != "" {
					os.Rename(done.backup, done.path)
				} else {
					os.Remove(done.path)
				}
			}
			return fmt.Errorf("replacing %s: %v (the files written before it are back as they were)", s.path, err)
		}
	}
	for _, d := range dirsOf(paths) {
		syncDir(d)
	}
	return nil
}

// rename is os.Rename (a test makes it fail).
var rename = os.Rename

// writeTemp writes data to a new temporary file beside path and syncs it.
func writeTemp(path string, data []byte) (string, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return "", err
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-")
	if err != nil {
		return "", err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}

func dirsOf(paths []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, p := range paths {
		if d := filepath.Dir(p); !seen[d] {
			seen[d] = true
			out = append(out, d)
		}
	}
	return out
}

// syncDir makes the renames in a folder durable (where the system can).
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
