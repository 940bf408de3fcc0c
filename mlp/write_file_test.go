//go:build unix

package mlp

import (
	"bytes"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestSaveFileFailedWriteKeepsOldFile saves a small model, then, in a child
// process whose file-size limit (RLIMIT_FSIZE) is 1 KiB, saves a larger model
// over it: the write fails part way. The old file must stay byte-identical
// and no temporary file may be left (issue 9, item 2). Writing in place, the
// old SaveFile left 1 KiB of truncated JSON.
func TestSaveFileFailedWriteKeepsOldFile(t *testing.T) {
	if os.Getenv("MLP_SAVEFILE_CHILD") != "" {
		saveFileChild()
		return
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "model.json")
	small := NewNetwork(Spec{Sizes: []int{2, 2, 1}, Seed: 1})
	if err := small.SaveFile(path); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)

	cmd := exec.Command(os.Args[0], "-test.run=^TestSaveFileFailedWriteKeepsOldFile$")
	cmd.Env = append(os.Environ(), "MLP_SAVEFILE_CHILD="+path)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "SaveFile error: ") {
		t.Fatalf("child: want SaveFile to fail under the file-size limit, got:\n%s", out)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Errorf("old model changed by a failed SaveFile: %d bytes before, %d after", len(before), len(after))
	}
	if _, err := Load(bytes.NewReader(after)); err != nil {
		t.Errorf("old model no longer loads: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("files left in the folder: %d, want only model.json", len(entries))
	}
}

// saveFileChild runs in the child: 1 KiB file-size limit, then a model of
// several KiB over the file named by MLP_SAVEFILE_CHILD.
func saveFileChild() {
	signal.Ignore(syscall.SIGXFSZ) // get EFBIG from write instead of being killed
	lim := syscall.Rlimit{Cur: 1024, Max: 1024}
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &lim); err != nil {
		os.Stdout.WriteString("setrlimit: " + err.Error() + "\n")
		os.Exit(2)
	}
	big := NewNetwork(Spec{Sizes: []int{20, 20, 5}, Seed: 2})
	err := big.SaveFile(os.Getenv("MLP_SAVEFILE_CHILD"))
	if err == nil {
		os.Stdout.WriteString("SaveFile succeeded\n")
	} else {
		os.Stdout.WriteString("SaveFile error: " + err.Error() + "\n")
	}
	os.Exit(0)
}
