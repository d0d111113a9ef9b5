package io.github.schemaguard.source.app;

import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;

import java.util.Set;

/** Whether a method's return type holds at most one row, judged from the type as written. */
final class ResultShape {
    /** Types that carry many rows (by simple name: the code compiles, so the names mean what they usually do). */
    private static final Set<String> MULTI_ROW = Set.of(
            "Collection", "List", "ArrayList", "LinkedList", "Set", "HashSet", "LinkedHashSet", "SortedSet",
            "NavigableSet", "TreeSet", "Iterable", "Iterator", "Stream", "Streamable", "Cursor",
            "Map", "HashMap", "LinkedHashMap", "SortedMap", "NavigableMap", "TreeMap",
            "Page", "Slice", "Window", "IPage", "PageInfo", "Flux", "Publisher");

    private ResultShape() {
    }

    static boolean singleRow(Type type) {
        if (type.isVoidType() || type.isArrayType()) {
            return false;
        }
        if (type instanceof ClassOrInterfaceType named) {
            String name = named.getNameAsString();
            if (name.equals("Void")) {
                return false;
            }
            if (name.equals("Optional") || name.equals("Mono") || name.equals("CompletableFuture")
                    || name.equals("Future")) {
                return named.getTypeArguments().map(args -> args.size() == 1 && singleRow(args.get(0)))
                        .orElse(true);
            }
            return !MULTI_ROW.contains(name);
        }
        return true;
    }
}
