package mlp

import (
	"fmt"
	"os"
	"path/filepath"
)

// writeFile writes data to path so that path is never half-written: the bytes
// go to a temporary file in the same folder, which is synced and then renamed
// over path (a rename within one folder is atomic). On any failure the
// temporary file is removed and an existing file at path is left exactly as
// it was.
func writeFile(path string, data []byte, perm os.FileMode) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if _, err := f.Write(data); err != nil {
		return fmt.Errorf("writing %s: %w (the old file is unchanged)", path, err)
	}
	if err := f.Sync(); err != nil {
		return fmt.Errorf("writing %s: %w (the old file is unchanged)", path, err)
	}
	if err := f.Chmod(perm); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w (the old file is unchanged)", path, err)
	}
	return os.Rename(f.Name(), path)
}
