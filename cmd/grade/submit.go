package main

import (
	"archive/tar"
	"archive/zip"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"gomlp.dev/internal/grading"
)

// Archive limits: a submission is a few dozen small .go files (a whole
// repository copy is a few thousand files and some MiB of data sets).
const (
	maxArchiveFiles = 5000
	maxArchiveBytes = 256 << 20
)

// Student is one submission.
type Student struct {
	Name   string // the folder's or archive's name, without extension
	Source string // what was handed in: "alice/", "alice.zip"
	Root   string // the folder the submission is (an archive: where it was extracted)
	Dir    string // the folder holding its exercise folders
	Err    string // the submission cannot be read (a broken archive …)
	Empty  string // it holds no exercise folder: what it holds instead
}

// Rel names an exercise's folder as the student handed it in
// ("exercises/threshold", "work/exercises/threshold").
func (s Student) Rel(exercise string) string {
	rel, err := filepath.Rel(s.Root, filepath.Join(s.Dir, exercise))
	if err != nil {
		return exercise
	}
	return filepath.ToSlash(rel)
}

// ignored are the names a submission's tools add: macOS's resource forks
// and Finder files.
func ignored(name string) bool {
	return name == "__MACOSX" || name == ".DS_Store" || strings.HasPrefix(name, "._")
}

// Submissions lists the students of a folder: each sub-folder is one, and
// so is each .zip, .tar.gz or .tgz (extracted into work). Two submissions
// with one name (alice/ and alice.zip, Alice.zip and alice.zip) are an
// error naming both.
func Submissions(dir, work string) ([]Student, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []Student
	seen := map[string]string{}
	for _, e := range entries {
		name, p := e.Name(), filepath.Join(dir, e.Name())
		if strings.HasPrefix(name, ".") || ignored(name) {
			continue
		}
		var s Student
		switch {
		case e.Type()&os.ModeSymlink != 0:
			s = Student{Name: name, Source: name, Err: name + " is a symbolic link: not followed (copy the submission itself here)"}
		case e.IsDir():
			s = Student{Name: name, Source: name + "/", Root: p}
		case strings.HasSuffix(name, ".zip"), strings.HasSuffix(name, ".tar.gz"), strings.HasSuffix(name, ".tgz"):
			s = Student{Name: strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(name, ".zip"), ".tar.gz"), ".tgz"), Source: name}
			s.Root = filepath.Join(work, "archives", fmt.Sprintf("%03d", len(out)))
			if err := extract(p, s.Root); err != nil {
				s.Err = fmt.Sprintf("cannot read %s: %v", name, err)
			}
		default:
			continue
		}
		key := strings.ToLower(s.Name)
		if other, dup := seen[key]; dup {
			return nil, fmt.Errorf("two submissions for one student: %s and %s (keep one)", other, s.Source)
		}
		seen[key] = s.Source
		if s.Err == "" {
			s.Dir = exercisesDir(s.Root, 0)
			if s.Dir == "" {
				s.Dir, s.Empty = s.Root, fmt.Sprintf("no exercise folder (%s, …) in %s; it holds: %s", grading.Table[0].Name, s.Source, listing(s.Root))
			}
		}
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// exercisesDir finds the folder holding the exercise folders of a
// submission: dir itself, dir/exercises, or the same one or two folders
// down (an archive of a folder, of a whole repository); "" when none.
func exercisesDir(dir string, depth int) string {
	for _, ex := range grading.Table {
		if _, err := os.Lstat(filepath.Join(dir, ex.Name)); err == nil {
			return dir
		}
	}
	if isDir(filepath.Join(dir, "exercises")) {
		return filepath.Join(dir, "exercises")
	}
	if depth >= 2 {
		return ""
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.IsDir() && !ignored(e.Name()) && !strings.HasPrefix(e.Name(), ".") {
			if d := exercisesDir(filepath.Join(dir, e.Name()), depth+1); d != "" {
				return d
			}
		}
	}
	return ""
}

// listing names what a folder holds, for a message: "notes.txt, src/, …".
func listing(dir string) string {
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) == 0 {
		return "nothing"
	}
	var names []string
	for _, e := range entries {
		if ignored(e.Name()) {
			continue
		}
		n := e.Name()
		if e.IsDir() {
			n += "/"
		}
		names = append(names, n)
		if len(names) == 12 {
			names = append(names, "…")
			break
		}
	}
	return strings.Join(names, ", ")
}

func isDir(p string) bool {
	st, err := os.Lstat(p)
	return err == nil && st.IsDir()
}

// extract unpacks a .zip or .tar.gz into dst. It reads paths with
// backslashes (zips made by Windows' PowerShell) as folders, skips macOS's
// __MACOSX/ and ._ files, links and devices, and refuses paths that leave
// dst and more than maxArchiveFiles files or maxArchiveBytes bytes.
func extract(archive, dst string) error {
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	var files, total int64
	put := func(name string, mode os.FileMode, r io.Reader) error {
		clean := path.Clean("/" + name)[1:]
		if strings.HasPrefix(name, "/") || strings.Contains("/"+name+"/", "/../") || path.IsAbs(name) {
			return fmt.Errorf("path %q leaves the archive", name)
		}
		for _, part := range strings.Split(clean, "/") {
			if ignored(part) {
				return nil
			}
		}
		if clean == "" || clean == "." {
			return nil
		}
		if files++; files > maxArchiveFiles {
			return fmt.Errorf("more than %d files", maxArchiveFiles)
		}
		p := filepath.Join(dst, filepath.FromSlash(clean))
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
			name := strings.ReplaceAll(f.Name, `\`, "/")
			mode := f.Mode()
			if strings.HasSuffix(name, "/") {
				mode |= os.ModeDir
			}
			rc, err := f.Open()
			if err != nil {
				return err
			}
			err = put(name, mode, rc)
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
