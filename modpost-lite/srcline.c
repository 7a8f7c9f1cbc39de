// SPDX-License-Identifier: GPL-2.0-only
/*
 * Source lines through libdwfl.  A relocatable object's addresses are
 * section-relative; dwfl_report_offline() lays its sections out at
 * addresses of its own (written into the sh_addr of its copy of the ELF)
 * and applies the relocations to the debug sections, so a (section,
 * offset) pair becomes sh_addr + bias + offset and dwfl_module_getsrc()
 * finds the line, as "addr2line -j SECTION OFFSET" does.
 */
#include <dwarf.h>
#include <elfutils/libdw.h>
#include <elfutils/libdwfl.h>
#include <fcntl.h>
#include <gelf.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <modpost-lite/finding.h>
#include <modpost-lite/inputs.h>
#include <modpost-lite/pool.h>
#include <modpost-lite/srcline.h>
#include <modpost-lite/util.h>

struct group {
	size_t from, to;	/* findings [from, to) of one input */
};

struct srcline_ctx {
	const struct inputs *ins;
	struct findings *f;
	struct group *g;
	const char *cwd;	/* NULL when unknown */
	size_t cwdlen;
};

static const Dwfl_Callbacks offline_callbacks = {
	.find_debuginfo = dwfl_standard_find_debuginfo,
	.section_address = dwfl_offline_section_address,
};

/* An archive member, copied into a memory file so libdwfl can read it. */
static int member_fd(const struct input *in)
{
	char buf[65536];
	uint64_t done = 0;
	int src, fd;

	src = open(in->path, O_RDONLY | O_CLOEXEC);
	if (src < 0)
		return -1;
	fd = memfd_create("mpl-member", MFD_CLOEXEC);
	while (fd >= 0 && done < in->size) {
		size_t want = in->size - done < sizeof(buf) ?
			      (size_t)(in->size - done) : sizeof(buf);
		ssize_t n = pread(src, buf, want, in->off + (off_t)done);

		if (n <= 0 || write(fd, buf, (size_t)n) != n) {
			close(fd);
			fd = -1;
			break;
		}
		done += (uint64_t)n;
	}
	close(src);
	return fd;
}

static char *shown_path(const struct srcline_ctx *c, const char *file)
{
	if (c->cwd && !strncmp(file, c->cwd, c->cwdlen) &&
	    file[c->cwdlen] == '/' && file[c->cwdlen + 1])
		return xstrdup(file + c->cwdlen + 1);
	return xstrdup(file);
}

/*
 * The function DWARF says @addr is in: the outermost DW_TAG_subprogram of
 * its scopes (an inlined body belongs to the function it was inlined
 * into).  NULL when no compile unit covers it; "" when one does but no
 * function (assembly, which gas describes by lines only).
 */
static char *dwarf_function(Dwfl_Module *mod, Dwarf_Addr addr)
{
	Dwarf_Die *cu, *scopes = NULL;
	Dwarf_Addr bias;
	const char *name = "";
	int n, i;

	cu = dwfl_module_addrdie(mod, addr, &bias);
	if (!cu)
		return NULL;
	n = dwarf_getscopes(cu, addr - bias, &scopes);
	for (i = n - 1; i >= 0; i--) {
		if (dwarf_tag(&scopes[i]) == DW_TAG_subprogram) {
			name = dwarf_diename(&scopes[i]);
			break;
		}
	}
	free(scopes);
	return xstrdup(name ? name : "");
}

static void lookup(const struct srcline_ctx *c, Dwfl_Module *mod,
		   struct finding *x)
{
	GElf_Addr bias;
	GElf_Shdr shdr;
	Elf_Scn *scn;
	Dwfl_Line *line;
	const char *file;
	Elf *elf;
	int lineno = 0;

	elf = dwfl_module_getelf(mod, &bias);
	if (!elf)
		return;
	scn = elf_getscn(elf, x->objsec);
	if (!scn || !gelf_getshdr(scn, &shdr) || !(shdr.sh_flags & SHF_ALLOC))
		return;
	line = dwfl_module_getsrc(mod, shdr.sh_addr + bias + x->objoff);
	if (!line)
		return;
	file = dwfl_lineinfo(line, NULL, &lineno, NULL, NULL, NULL);
	if (!file || lineno <= 0)
		return;
	x->srcfile = shown_path(c, file);
	x->srcline = (unsigned int)lineno;
	x->srcfunc = dwarf_function(mod, shdr.sh_addr + bias + x->objoff);
}

static void fill_one(void *p, size_t job, unsigned int worker)
{
	struct srcline_ctx *c = p;
	const struct group *g = &c->g[job];
	const struct input *in = &c->ins->in[c->f->v[g->from].input];
	Dwfl_Module *mod;
	Dwfl *dwfl;
	size_t i;
	int fd;

	(void)worker;
	fd = in->off >= 0 ? member_fd(in) :
	     open(in->path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	dwfl = dwfl_begin(&offline_callbacks);
	if (!dwfl) {
		close(fd);
		return;
	}
	/* on success the fd belongs to libdwfl, which closes it */
	mod = dwfl_report_offline(dwfl, "", in->display, fd);
	if (mod && dwfl_report_end(dwfl, NULL, NULL) == 0)
		for (i = g->from; i < g->to; i++)
			if (c->f->v[i].objsec)
				lookup(c, mod, &c->f->v[i]);
	dwfl_end(dwfl);
}

void srcline_fill(const struct inputs *ins, struct findings *f,
		  unsigned int nthreads)
{
	struct srcline_ctx c = { .ins = ins, .f = f };
	char cwd[PATH_MAX];
	size_t i, j, n = 0;

	c.g = xcalloc(f->n ? f->n : 1, sizeof(*c.g));
	for (i = 0; i < f->n; i = j) {
		bool any = false;

		for (j = i; j < f->n && f->v[j].input == f->v[i].input; j++)
			any |= f->v[j].objsec != 0;
		if (any && f->v[i].input < ins->nin) {
			c.g[n].from = i;
			c.g[n].to = j;
			n++;
		}
	}
	if (getcwd(cwd, sizeof(cwd)) && strcmp(cwd, "/")) {
		c.cwd = cwd;
		c.cwdlen = strlen(cwd);
	}
	if (n)
		pool_run(nthreads < n ? nthreads : (unsigned int)n, NULL, n,
			 fill_one, &c);
	free(c.g);
}
