package main

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"
	"unicode/utf8"

	"gomlp.dev/internal/atomicfile"
)

// maxNotebookBytes caps what the runner reads: a notebook file, and the
// executed notebook the executor reports. The course's largest notebook is
// about 0.5 MB; a notebook over this holds outputs nobody can read.
const maxNotebookBytes = 64 << 20

// maxCellOutputBytes caps one cell's outputs, in the executor
// (execute.py): the first and the last half are kept, with a line between
// them saying how much was dropped. The course's largest cell output is
// about 0.3 MB (images).
const maxCellOutputBytes = 2 << 20

// maxReportBytes caps what the runner reads of the executor's report (the
// executed notebook).
const maxReportBytes = 2 * maxNotebookBytes

// readNotebookFile reads a notebook's bytes, refusing what would hang or
// exhaust memory: anything but a regular file (a named pipe waits forever
// for a writer, /dev/zero never ends), a file over maxNotebookBytes, and
// text that is not UTF-8 (which Jupyter cannot read either).
func readNotebookFile(path string) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if err := regularNotebook(path, fi); err != nil {
		return nil, err
	}
	// O_NONBLOCK: if a named pipe replaced the file since the Stat, opening
	// it does not wait; the second check then refuses it.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err = f.Stat(); err != nil {
		return nil, err
	}
	if err := regularNotebook(path, fi); err != nil {
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(f, maxNotebookBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxNotebookBytes {
		return nil, tooBig(path, int64(len(data)))
	}
	if err := validUTF8(data); err != nil {
		return nil, fmt.Errorf("%s is not UTF-8 text: %v (a notebook is JSON in UTF-8: save it again as UTF-8)", path, err)
	}
	return data, nil
}

func regularNotebook(path string, fi fs.FileInfo) error {
	if !fi.Mode().IsRegular() {
		return fmt.Errorf("%s is %s, not a notebook file", path, atomicfile.Kind(fi.Mode()))
	}
	if fi.Size() > maxNotebookBytes {
		return tooBig(path, fi.Size())
	}
	return nil
}

func tooBig(path string, size int64) error {
	return fmt.Errorf("%s is %s; a notebook may be at most %d MiB "+
		"(clear its outputs in Jupyter: Cell > All Output > Clear)", path, sizeString(size), maxNotebookBytes>>20)
}

// sizeString writes a byte count as a reader wants it: 3.2 MiB, or 64.0 MiB
// and 1 byte when the odd bytes are the point.
func sizeString(n int64) string {
	switch {
	case n < 1<<10:
		if n == 1 {
			return "1 byte"
		}
		return fmt.Sprintf("%d bytes", n)
	case n < 1<<20:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	case n%(1<<20) != 0 && n%(1<<20) < 1<<10:
		return fmt.Sprintf("%.1f MiB and %s", float64(n>>20), sizeString(n%(1<<20)))
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
}

// validUTF8 names the first byte that is not UTF-8 by line and column.
func validUTF8(data []byte) error {
	if utf8.Valid(data) {
		return nil
	}
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			line := bytes.Count(data[:i], []byte("\n")) + 1
			col := i - bytes.LastIndexByte(data[:i], '\n')
			return fmt.Errorf("byte %#02x at line %d, column %d", data[i], line, col)
		}
		i += n
	}
	return nil
}

// cappedBuffer keeps what is written up to max bytes and notes that more
// came; it never fails a write, so the writer is never stopped by a broken
// pipe. (It has no ReadFrom, which io.Copy would use instead of Write.)
type cappedBuffer struct {
	buf  bytes.Buffer
	max  int
	over bool
}

func (b *cappedBuffer) Write(p []byte) (int, error) {
	if room := b.max - b.buf.Len(); len(p) > room {
		b.over = true
		if room > 0 {
			b.buf.Write(p[:room])
		}
		return len(p), nil
	}
	return b.buf.Write(p)
}

func (b *cappedBuffer) Bytes() []byte { return b.buf.Bytes() }

// tailBuffer keeps the last max bytes written (at most twice that in
// memory).
type tailBuffer struct {
	buf []byte
	max int
}

func (b *tailBuffer) Write(p []byte) (int, error) {
	b.buf = append(b.buf, p...)
	if len(b.buf) > 2*b.max {
		b.buf = append(b.buf[:0:0], b.buf[len(b.buf)-b.max:]...)
	}
	return len(p), nil
}

func (b *tailBuffer) String() string {
	if len(b.buf) > b.max {
		return string(b.buf[len(b.buf)-b.max:])
	}
	return string(b.buf)
}
