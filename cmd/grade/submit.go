package main

import (
	"archive/tar"
	"archive/zip"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"gomlp.dev/internal/grading"
)

// Archive limits: a submission is a few dozen small .go files.
const (
	maxArchiveFiles = 2000
	maxArchiveBytes = 64 << 20
)

// Submissions lists the students of a folder: each sub-folder is one
// student, and so is each .zip, .tar.gz or .tgz (extracted into work).
func Submissions(dir, work string) ([]Student, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []Student
	for _, e := range entries {
		name, path := e.Name(), filepath.Join(dir, e.Name())
		if strings.HasPrefix(name, ".") {
			continue
		}
		switch {
		case e.IsDir():
			out = append(out, Student{Name: name, Dir: exercisesDir(path)})
		case strings.HasSuffix(name, ".zip"), strings.HasSuffix(name, ".tar.gz"), strings.HasSuffix(name, ".tgz"):
			student := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(name, ".zip"), ".tar.gz"), ".tgz")
			dst := filepath.Join(work, "archives", student)
			if err := extract(path, dst); err != nil {
				out = append(out, Student{Name: student, Err: fmt.Sprintf("cannot read %s: %v", name, err)})
				continue
			}
			out = append(out, Student{Name: student, Dir: exercisesDir(dst)})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// exercisesDir finds the folder holding the exercise folders in a
// submission: dir/exercises, dir/*/exercises (an archive of a folder), or
// dir itself.
func exercisesDir(dir string) string {
	if isDir(filepath.Join(dir, "exercises")) {
		return filepath.Join(dir, "exercises")
	}
	for _, ex := range grading.Table {
		if isDir(filepath.Join(dir, ex.Name)) {
			return dir
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.IsDir() && isDir(filepath.Join(dir, e.Name(), "exercises")) {
			return filepath.Join(dir, e.Name(), "exercises")
		}
	}
	if len(entries) == 1 && entries[0].IsDir() {
		return exercisesDir(filepath.Join(dir, entries[0].Name()))
	}
	return dir
}

func isDir(p string) bool {
	st, err := os.Lstat(p)
	return err == nil && st.IsDir()
}

// extract unpacks a .zip or .tar.gz into dst, refusing paths that leave dst,
// links, and more than maxArchiveFiles files or maxArchiveBytes bytes.
func extract(archive, dst string) error {
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	var files, total int64
	put := func(name string, mode os.FileMode, r io.Reader) error {
		files++
		if files > maxArchiveFiles {
			return fmt.Errorf("more than %d files", maxArchiveFiles)
		}
		clean := filepath.Clean(filepath.FromSlash(name))
		if filepath.IsAbs(clean) || clean == ".." || strings.HasPrefix(clean, ".."+string(filepath.Separator)) {
			return fmt.Errorf("path %q leaves the archive", name)
		}
		p := filepath.Join(dst, clean)
		if mode.IsDir() {
			return os.MkdirAll(p, 0o755)
		}
		if !mode.IsRegular() {
			return nil // links and devices are skipped
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		f, err := os.OpenFile(p, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
		if err != nil {
			return err
		}
		n, err := io.Copy(f, io.LimitReader(r, maxArchiveBytes-total+1))
		total += n
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err == nil && total > maxArchiveBytes {
			err = fmt.Errorf("more than %d MiB", maxArchiveBytes>>20)
		}
		return err
	}
	if strings.HasSuffix(archive, ".zip") {
		zr, err := zip.OpenReader(archive)
		if err != nil {
			return err
		}
		defer zr.Close()
		for _, f := range zr.File {
			rc, err := f.Open()
			if err != nil {
				return err
			}
			err = put(f.Name, f.Mode(), rc)
			rc.Close()
			if err != nil {
				return err
			}
		}
		return nil
	}
	fh, err := os.Open(archive)
	if err != nil {
		return err
	}
	defer fh.Close()
	gz, err := gzip.NewReader(fh)
	if err != nil {
		return err
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if err := put(h.Name, h.FileInfo().Mode(), tr); err != nil {
			return err
		}
	}
}
