package main

import (
	"fmt"
	"os"
	"sort"
	"strings"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/apimachinery/pkg/runtime/serializer/json"
	"k8s.io/client-go/kubernetes/scheme"
	"sigs.k8s.io/yaml"
)

// The YAML serializer in strict mode is the API server's strict field validation: duplicate keys,
// unknown fields (with their paths) and values of the wrong type fail the decode.
var strictDecoder = json.NewSerializerWithOptions(json.DefaultMetaFactory, scheme.Scheme, scheme.Scheme,
	json.SerializerOptions{Yaml: true, Strict: true})

func checkManifestFile(r *report, path string) {
	content, err := os.ReadFile(path)
	if err != nil {
		r.finding("%s: cannot read: %v", path, err)
		return
	}
	docs := splitDocuments(string(content))
	if len(docs) == 0 {
		r.finding("%s: no Kubernetes object in the file", path)
		return
	}
	before := r.findings
	custom := map[string]int{}
	for _, d := range docs {
		if kind := checkManifestDocument(r, path, d); kind != "" {
			custom[kind]++
		}
	}
	if len(custom) > 0 {
		r.note("%s: %s: custom resources, not in client-go's scheme and with no CRD schema in the repository: checked strict YAML (no duplicate key), apiVersion/kind, metadata (strictly, as ObjectMeta) and the top-level fields only; their spec is not validated",
			path, countKinds(custom))
	}
	if r.findings == before {
		r.ok("%s: %d documents checked, %d decoded strictly into client-go types", path, len(docs), len(docs)-sum(custom))
	}
}

// checkManifestDocument reports the document's problems and returns the kind when the document
// is a custom resource, checked only as far as checkCustomResource can.
func checkManifestDocument(r *report, path string, d document) string {
	where := fmt.Sprintf("%s: document %d (line %d)", path, d.index, d.startLine)
	// Duplicate keys first, on their own: the strict decode reports them too, but only for kinds
	// it knows, and custom resources need the same guarantee.
	asJSON, err := yaml.YAMLToJSONStrict([]byte(d.text))
	if err != nil {
		r.finding("%s: invalid YAML: %s", where, inFileLines(err, d.startLine))
		return ""
	}
	var typeMeta metav1.TypeMeta
	if err := yaml.Unmarshal(asJSON, &typeMeta); err != nil || typeMeta.APIVersion == "" || typeMeta.Kind == "" {
		r.finding("%s: apiVersion and kind are required", where)
		return ""
	}
	gvk := schema.FromAPIVersionAndKind(typeMeta.APIVersion, typeMeta.Kind)
	where = fmt.Sprintf("%s %s", where, gvk.Kind)
	if !scheme.Scheme.Recognizes(gvk) {
		if scheme.Scheme.IsGroupRegistered(gvk.Group) {
			// A built-in group with a version or kind it does not have: a typo, not a custom resource.
			r.finding("%s: %s has no kind %s (its versions: %v)", where, gvk.Group, gvk.Kind,
				scheme.Scheme.PrioritizedVersionsForGroup(gvk.Group))
			return ""
		}
		checkCustomResource(r, where, asJSON)
		return fmt.Sprintf("%s %s", typeMeta.APIVersion, gvk.Kind)
	}
	obj, _, err := strictDecoder.Decode([]byte(d.text), nil, nil)
	if err != nil {
		r.finding("%s: %s", where, describeDecodeError(err))
		return ""
	}
	if accessor, ok := obj.(metav1.Object); ok && accessor.GetName() == "" {
		r.finding("%s: metadata.name is empty", where)
	}
	checkLifecycle(r, where, gvk, obj)
	return ""
}

// describeDecodeError keeps every field path of a strict decoding error on one line.
func describeDecodeError(err error) string {
	strictErr, ok := runtime.AsStrictDecodingError(err)
	if !ok {
		return err.Error()
	}
	messages := make([]string, 0, len(strictErr.Errors()))
	for _, e := range strictErr.Errors() {
		messages = append(messages, e.Error())
	}
	return "strict decoding: " + strings.Join(messages, "; ")
}

func countKinds(kinds map[string]int) string {
	parts := make([]string, 0, len(kinds))
	for kind, n := range kinds {
		parts = append(parts, fmt.Sprintf("%d %s", n, kind))
	}
	sort.Strings(parts)
	return strings.Join(parts, ", ")
}

func sum(counts map[string]int) int {
	total := 0
	for _, n := range counts {
		total += n
	}
	return total
}
