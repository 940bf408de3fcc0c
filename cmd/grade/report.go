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
	"unicode"

	"gomlp.dev/internal/grading"
)

// bom starts a UTF-8 file Excel reads as UTF-8.
const bom = "\ufeff"

// JSON is results.json.
func JSON(res *Results) ([]byte, error) {
	b, err := json.MarshalIndent(res, "", "  ")
	return append(b, '\n'), err
}

// CanvasCSV is grades.csv in Canvas's gradebook-import layout: the columns
// Student, ID, SIS User ID, SIS Login ID, Section (the submission's name as
// Student and SIS Login ID), one column per exercise, then "Grader status"
// (what kept points away: missing, refused, compile error, crashed;
// "graded" otherwise); a second row "Points Possible" with each exercise's
// points. No total: Canvas computes its own.
func CanvasCSV(res *Results) ([]byte, error) {
	head := []string{"Student", "ID", "SIS User ID", "SIS Login ID", "Section"}
	points := []string{"Points Possible", "", "", "", ""}
	for _, e := range res.Exercises {
		head, points = append(head, e.Name), append(points, strconv.Itoa(e.Points))
	}
	rows := [][]string{append(head, "Grader status"), append(points, "")}
	for _, s := range res.Students {
		row := []string{s.Student, "", "", s.Student, ""}
		rows = append(rows, append(append(row, scores(s)...), status(s)))
	}
	return writeCSV(rows)
}

// MoodleCSV is grades-moodle.csv for Moodle's CSV grade import: a column
// username (the submission's name), one column per exercise, and a
// feedback column; no points row (Moodle would take it for a user) and no
// total (Moodle computes the course total).
func MoodleCSV(res *Results) ([]byte, error) {
	head := []string{"username"}
	for _, e := range res.Exercises {
		head = append(head, e.Name)
	}
	rows := [][]string{append(head, "feedback")}
	for _, s := range res.Students {
		rows = append(rows, append(append([]string{s.Student}, scores(s)...), status(s)))
	}
	return writeCSV(rows)
}

func scores(s StudentResult) []string {
	var out []string
	for _, e := range s.Exercises {
		out = append(out, strconv.Itoa(e.Points))
	}
	return out
}

// status says what kept a student's points away, exercise by exercise.
func status(s StudentResult) string {
	if s.Status != stuGraded {
		return s.Status + ": " + s.Message
	}
	var parts []string
	for _, e := range s.Exercises {
		if e.Grading != exGraded {
			parts = append(parts, e.Exercise+": "+e.Grading)
		}
	}
	if len(parts) == 0 {
		return "graded"
	}
	return strings.Join(parts, "; ")
}

// writeCSV writes rows with a BOM, every cell safe from spreadsheet
// formulas.
func writeCSV(rows [][]string) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(bom)
	w := csv.NewWriter(&buf)
	for _, r := range rows {
		for i := range r {
			r[i] = cell(r[i])
		}
		w.Write(r)
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}

// cell neutralises a value a spreadsheet would run as a formula (one that
// starts with = + - @, a tab or a carriage return): a leading apostrophe
// makes it text.
func cell(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		if _, err := strconv.Atoi(s); err != nil { // a negative number stays one
			return "'" + s
		}
	}
	return s
}

// Feedback is one student's report in Markdown: every exercise, every test,
// its points and its message.
func Feedback(res *Results, s StudentResult) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s: %d / %d points\n\n", mdEscape(s.Student), s.Total, s.Max)
	fmt.Fprintf(&b, "Graded %s from %s (calls drawn from seed %d).\n", res.Generated, mdEscape(s.Source), s.Seed)
	if s.Status != stuGraded {
		fmt.Fprintf(&b, "\n**Not graded (%s):** %s\n", s.Status, mdEscape(s.Message))
		return []byte(b.String())
	}
	for _, e := range s.Exercises {
		fmt.Fprintf(&b, "\n## %s: %d / %d\n\n", e.Exercise, e.Points, e.Max)
		if e.Grading != exGraded {
			fmt.Fprintf(&b, "**%s:** %s\n", e.Grading, mdEscape(e.Message))
			continue
		}
		b.WriteString("| test | result | points | message |\n|---|---|---|---|\n")
		for _, t := range e.Tests {
			fmt.Fprintf(&b, "| `%s` | %s | %d / %d | %s |\n", t.Name, t.Outcome, t.Points, t.Max, mdEscape(t.Message))
		}
		fmt.Fprintf(&b, "\nRun one test yourself: `go test -v -run 'TestGrade/NAME$' ./exercises/%s`.\n", e.Exercise)
	}
	return []byte(b.String())
}

// mdEscape keeps a message inside one table cell.
func mdEscape(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.Join(strings.Fields(s), " ")
}

// feedbackName makes a student's name a file name: letters, digits, '.',
// '-', '_' kept, the rest '_', no leading dot.
func feedbackName(name string, taken map[string]bool) string {
	f := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' || r == '.' {
			return r
		}
		return '_'
	}, name)
	f = strings.TrimLeft(f, ".")
	if f == "" {
		f = "student"
	}
	base := f
	for i := 2; taken[strings.ToLower(f)]; i++ {
		f = fmt.Sprintf("%s-%d", base, i)
	}
	taken[strings.ToLower(f)] = true
	return f + ".md"
}

// PrintTable prints one student's exercises: tests passed, points, the
// first failure.
func PrintTable(out io.Writer, s StudentResult) {
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "exercise\ttests\tpoints\tfirst failure")
	for _, e := range s.Exercises {
		passed, msg := 0, ""
		for _, t := range e.Tests {
			if t.Status == "pass" {
				passed++
			} else if msg == "" {
				msg = t.Name + ": " + t.Message
			}
		}
		if e.Grading != exGraded {
			msg = e.Grading + ": " + e.Message
		}
		msg = strings.Join(strings.Fields(msg), " ")
		fmt.Fprintf(tw, "%s\t%d/%d\t%d/%d\t%s\n", e.Exercise, passed, len(e.Tests), e.Points, e.Max, grading.Cap(msg, 100))
	}
	fmt.Fprintf(tw, "total\t\t%d/%d\t\n", s.Total, s.Max)
	tw.Flush()
}
