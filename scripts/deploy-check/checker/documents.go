package main

import (
	"regexp"
	"strconv"
	"strings"
)

// document is one YAML document of a multi-document file, with the line it starts on so a
// finding can point a reader at it.
type document struct {
	index     int // 1-based, counting only documents that hold something
	startLine int
	text      string
}

var separator = regexp.MustCompile(`^---\s*(#.*)?$`)

// splitDocuments cuts a file at its `---` lines. Documents holding only comments or blank lines
// (a file's header before its first `---`) are dropped: kubectl skips them too.
func splitDocuments(content string) []document {
	var docs []document
	var current []string
	start := 1
	flush := func() {
		text := strings.Join(current, "\n")
		if hasContent(current) {
			docs = append(docs, document{index: len(docs) + 1, startLine: start, text: text})
		}
		current = nil
	}
	for i, line := range strings.Split(content, "\n") {
		if separator.MatchString(line) {
			flush()
			start = i + 2
			continue
		}
		current = append(current, line)
	}
	flush()
	return docs
}

func hasContent(lines []string) bool {
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t != "" && !strings.HasPrefix(t, "#") {
			return true
		}
	}
	return false
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

// inFileLines puts a YAML error on one line, its line numbers counted from the file's start
// rather than from the document's.
func inFileLines(err error, startLine int) string {
	flat := strings.Join(strings.Fields(err.Error()), " ")
	return yamlLine.ReplaceAllStringFunc(flat, func(m string) string {
		n, _ := strconv.Atoi(strings.TrimPrefix(m, "line "))
		return "line " + strconv.Itoa(n+startLine-1)
	})
}
