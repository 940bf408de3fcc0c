package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"gomlp.dev/internal/atomicfile"
)

// WriteJSON writes results.json (format in README, "The grader").
func WriteJSON(path string, res *Results) error {
	b, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		return err
	}
	return writeAtomic(path, append(b, '\n'))
}

// WriteCSV writes the gradebook: a header "student,total,<exercise>…", then
// one row per student with points (integers).
func WriteCSV(path string, res *Results) error {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	head := []string{"student", "total"}
	for _, e := range res.Exercises {
		head = append(head, e.Name)
	}
	w.Write(head)
	for _, s := range res.Students {
		row := []string{s.Student, strconv.Itoa(s.Total)}
		for _, e := range s.Exercises {
			row = append(row, strconv.Itoa(e.Points))
		}
		w.Write(row)
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return err
	}
	return writeAtomic(path, buf.Bytes())
}

// PrintTable prints one student's exercises: tests passed, points, the
// first failure.
func PrintTable(out io.Writer, s StudentResult) {
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "exercise\ttests\tpoints\tfirst failure")
	for _, e := range s.Exercises {
		passed := 0
		for _, t := range e.Tests {
			if t.Status == "pass" {
				passed++
			}
		}
		msg := e.Message
		if e.Status != exGraded {
			msg = e.Status + ": " + msg
		}
		msg = strings.Join(strings.Fields(msg), " ")
		if r := []rune(msg); len(r) > 90 {
			msg = string(r[:89]) + "…"
		}
		fmt.Fprintf(tw, "%s\t%d/%d\t%d/%d\t%s\n", e.Exercise, passed, len(e.Tests), e.Points, e.Max, msg)
	}
	fmt.Fprintf(tw, "total\t\t%d/%d\t\n", s.Total, s.Max)
	tw.Flush()
}

// writeAtomic replaces the file at path with data, never leaving it
// half-written (see atomicfile.WriteFile).
func writeAtomic(path string, data []byte) error {
	return atomicfile.WriteFile(path, data, 0o644)
}
