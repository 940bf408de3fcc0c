package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// scratchPrefix names the grader's scratch folders: gomlp-grade-PID-….
const scratchPrefix = "gomlp-grade-"

// scratch makes this run's scratch folder (searchable by the sandbox's
// user, listable by nobody but its owner), after removing the folders of
// runs that were killed before they could remove their own.
func scratch() (string, error) {
	removeStale(os.TempDir())
	dir, err := os.MkdirTemp("", fmt.Sprintf("%s%d-", scratchPrefix, os.Getpid()))
	if err != nil {
		return "", err
	}
	return dir, os.Chmod(dir, 0o711)
}

// removeStale removes the scratch folders this user's graders left when
// they were killed (SIGKILL leaves no chance to clean up): those whose
// process is gone.
func removeStale(tmp string) {
	entries, _ := os.ReadDir(tmp)
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), scratchPrefix)
		if !ok || !e.IsDir() {
			continue
		}
		pid, err := strconv.Atoi(strings.SplitN(rest, "-", 2)[0])
		if err != nil || pid == os.Getpid() || alive(pid) || !mine(filepath.Join(tmp, e.Name())) {
			continue
		}
		os.RemoveAll(filepath.Join(tmp, e.Name()))
	}
}

// readResults reads a results.json written by this grader, to merge a
// student graded again into it; its exercises must be this run's.
func readResults(path string, cfg Config) (*Results, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("-student merges into the results of a class: %v", err)
	}
	var res Results
	if err := json.Unmarshal(b, &res); err != nil || res.Schema != Schema {
		return nil, fmt.Errorf("%s is not a results file of this grader (schema %q): %v", path, res.Schema, err)
	}
	var names []string
	for _, e := range cfg.Exercises {
		names = append(names, fmt.Sprintf("%s:%d", e.Name, e.Total()))
	}
	var have []string
	for _, e := range res.Exercises {
		have = append(have, fmt.Sprintf("%s:%d", e.Name, e.Points))
	}
	if strings.Join(names, ",") != strings.Join(have, ",") {
		return nil, fmt.Errorf("%s grades the exercises %v, this run %v: grade with the same -exercises", path, have, names)
	}
	return &res, nil
}

// merge puts one student's new result into earlier results: in place of
// their old one, or added in name order.
func merge(prev *Results, s StudentResult) *Results {
	res := *prev
	res.Students = nil
	placed := false
	for _, old := range prev.Students {
		switch {
		case old.Student == s.Student:
			res.Students = append(res.Students, s)
			placed = true
		case !placed && s.Student < old.Student:
			res.Students = append(res.Students, s, old)
			placed = true
		default:
			res.Students = append(res.Students, old)
		}
	}
	if !placed {
		res.Students = append(res.Students, s)
	}
	res.Generated = time.Now().UTC().Format(time.RFC3339)
	return &res
}
