// Package atomicfile replaces files so that they are never half-written: the
// one way this module writes a file a user keeps (a notebook, a model, a
// grade report, a generated stub, a golden image).
package atomicfile

import (
	"fmt"
	"os"
	"path/filepath"
)

// WriteFile replaces the file at path with data. The bytes go to a temporary
// file in the same folder, which is synced and then renamed over path (a
// rename within one folder is atomic), so a failure at any step — a full
// disk, a file-size limit, a signal — leaves an existing file at path byte
// for byte as it was, and no temporary file behind. A new file gets perm; an
// existing one keeps its permissions.
func WriteFile(path string, data []byte, perm os.FileMode) (err error) {
	if fi, err := os.Stat(path); err == nil {
		perm = fi.Mode().Perm()
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
			err = fmt.Errorf("writing %s: %w (the old file is unchanged)", path, err)
		}
	}()
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Chmod(perm); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
