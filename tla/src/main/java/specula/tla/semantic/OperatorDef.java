package specula.tla.semantic;

import specula.tla.syntax.ast.Unit;

import java.util.List;

/**
 * A defined operator or function of {@code module}: {@code def} is the {@link Unit.OpDef} or {@link Unit.FnDef}
 * (null for a RECURSIVE declaration whose definition was never given). {@code parameterArities} has one entry per
 * parameter, 0 for ordinary ones and k for {@code F(_, ..., _)}. {@code library} marks definitions of built-in
 * modules (their evaluator may be native, see {@code StandardLibrary.LibraryOperator#nativeImpl}).
 *
 * <p>Mutable only while its module is analysed (RECURSIVE operators are declared before they are defined and
 * levels are known after the body), then effectively immutable.
 */
public final class OperatorDef implements Symbol {
    private final String name;
    private List<Integer> parameterArities;
    private final String module;
    private final boolean local;
    private final boolean library;
    private final boolean recursive;
    private Unit def;
    private int level;
    private long levelParameters = -1L;
    private int[] maxArgumentLevels = new int[0];

    OperatorDef(String name, List<Integer> parameterArities, Unit def, String module, boolean local, boolean library,
                boolean recursive) {
        this.name = name;
        this.parameterArities = List.copyOf(parameterArities);
        this.def = def;
        this.module = module;
        this.local = local;
        this.library = library;
        this.recursive = recursive;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int arity() {
        return parameterArities.size();
    }

    public List<Integer> parameterArities() {
        return parameterArities;
    }

    /** The definition: {@link Unit.OpDef} or {@link Unit.FnDef}; null for an undefined RECURSIVE declaration. */
    public Unit def() {
        return def;
    }

    public boolean isFunction() {
        return def instanceof Unit.FnDef;
    }

    public String module() {
        return module;
    }

    public boolean local() {
        return local;
    }

    public boolean library() {
        return library;
    }

    public boolean recursive() {
        return recursive;
    }

    @Override
    public int level() {
        return level;
    }

    /** Gives a RECURSIVE declaration its definition (whose parameters may be operators). */
    void define(Unit d, List<Integer> arities) {
        this.def = d;
        this.parameterArities = List.copyOf(arities);
    }

    /**
     * Which parameters' argument levels raise the level of an application: bit i for parameter i (SANY's level
     * parameters). A parameter used only under ENABLED, say, does not; all bits are set while unknown.
     */
    public boolean levelDependsOn(int parameter) {
        return parameter >= 64 || ((levelParameters >>> parameter) & 1L) != 0;
    }

    /** The highest level an argument for parameter i may have (3 unless the body limits it, e.g. by priming it). */
    public int maxArgumentLevel(int parameter) {
        return parameter < maxArgumentLevels.length ? maxArgumentLevels[parameter] : Level.TEMPORAL;
    }

    void setMaxArgumentLevels(int[] levels) {
        this.maxArgumentLevels = levels.clone();
    }

    void setLevelParameters(long mask) {
        this.levelParameters = mask;
    }

    void setLevel(int l) {
        this.level = l;
    }

    @Override
    public String toString() {
        return module + "!" + name + "/" + arity();
    }

    /** The definition {@code sym} stands for, through imports and instance members; null for other symbols. */
    static OperatorDef of(Symbol sym) {
        if (sym instanceof OperatorDef d) {
            return d;
        } else if (sym instanceof Symbol.Imported i) {
            return of(i.target());
        } else if (sym instanceof Symbol.InstanceMember m) {
            return of(m.member());
        }
        return null;
    }

    /** The arity of each parameter of the operator {@code sym} stands for (0: an ordinary one), or null. */
    static List<Integer> parameterAritiesOf(Symbol sym) {
        OperatorDef d = of(sym);
        return d == null ? null : d.parameterArities();
    }

    /** The level of {@code sym} applied to arguments of these levels: only arguments its level depends on count. */
    static int appliedLevel(Symbol sym, int[] argLevels) {
        OperatorDef def = of(sym);
        int l = sym.level();
        for (int i = 0; i < argLevels.length; i++) {
            if (def == null || def.levelDependsOn(i)) {
                l = Math.max(l, argLevels[i]);
            }
        }
        return l;
    }
}
