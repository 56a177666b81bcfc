/* duaal-percent-button.c: a percentage shown on a button, set in its popover
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-evaluation.h"
#include "duaal-percent-button.h"
#include "duaal-tooltip.h"

struct _DuaalPercentButton
{
  AdwBin                parent_instance;

  GtkMenuButton        *menu_button;
  GtkLabel             *label;
  GtkSpinButton        *spin;
  GtkLabel             *problem;
  guint                 tenths;         /* the value the popover opens with */
  DuaalPercentSaveFunc  save;
  gpointer              save_data;
};

G_DEFINE_FINAL_TYPE (DuaalPercentButton, duaal_percent_button, ADW_TYPE_BIN)

static void
show_problem (DuaalPercentButton *self,
              const char         *message)
{
  gtk_label_set_text (self->problem, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem), message != NULL);
}

/* GtkSpinButton::input: the core's reading of a percentage, so that
 * "49,9" is 49.9 and "101" is explained instead of silently clamped. */
static int
on_spin_input (GtkSpinButton      *spin,
               double             *value,
               DuaalPercentButton *self)
{
  g_autoptr(GError) error = NULL;
  guint tenths;

  if (!duaal_percent_parse (gtk_editable_get_text (GTK_EDITABLE (spin)), &tenths, &error))
    {
      show_problem (self, error->message);
      return GTK_INPUT_ERROR;
    }
  *value = tenths / 10.0;
  return TRUE;
}

/* The text as typed, not the spin button's value: that would be the
 * last valid one when the text was refused. */
static void
on_save_clicked (DuaalPercentButton *self)
{
  g_autoptr(GError) error = NULL;
  guint tenths;

  if (!duaal_percent_parse (gtk_editable_get_text (GTK_EDITABLE (self->spin)), &tenths, &error)
      || (self->save != NULL && !self->save (self, tenths, self->save_data, &error)))
    {
      show_problem (self, error->message);
      return;
    }
  show_problem (self, NULL);
  gtk_menu_button_popdown (self->menu_button);
  /* Focus back on the button at once: the page rebuilds its row when it
   * hears of the change, and must not take a focused field with it. */
  gtk_widget_grab_focus (GTK_WIDGET (self->menu_button));
}

/* Each time it opens, the popover starts from the value shown, without
 * the problem of an earlier try; while open, updates of the page leave
 * what is being typed alone. */
static void
on_popover_show (DuaalPercentButton *self)
{
  gtk_spin_button_set_value (self->spin, self->tenths / 10.0);
  show_problem (self, NULL);
}

static GtkWidget *
make_popover (DuaalPercentButton *self,
              const char         *heading)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (heading);
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));
  GtkWidget *popover = gtk_popover_new ();

  self->spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 100, 0.1));
  gtk_spin_button_set_digits (self->spin, 1);
  gtk_spin_button_set_update_policy (self->spin, GTK_UPDATE_IF_VALID);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spin), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
  g_signal_connect_object (self->spin, "input", G_CALLBACK (on_spin_input), self, 0);

  self->problem = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->problem, TRUE);
  gtk_label_set_max_width_chars (self->problem, 30);
  gtk_label_set_xalign (self->problem, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->problem), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->problem), FALSE);

  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 30);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_widget_set_halign (save, GTK_ALIGN_END);
  g_signal_connect_object (save, "clicked", G_CALLBACK (on_save_clicked), self, G_CONNECT_SWAPPED);

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->spin));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->problem));
  gtk_box_append (GTK_BOX (box), save);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  /* Enter in the field saves, as the button does: GTK 4.8's spin button
   * has no activate signal of its own, its text field activates the
   * popover's default widget. */
  gtk_popover_set_default_widget (GTK_POPOVER (popover), save);
  if (GTK_IS_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (self->spin))))
    gtk_text_set_activates_default (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (self->spin))), TRUE);
  g_signal_connect_object (popover, "show", G_CALLBACK (on_popover_show), self, G_CONNECT_SWAPPED);
  return popover;
}

static void
duaal_percent_button_class_init (DuaalPercentButtonClass *klass)
{
}

static void
duaal_percent_button_init (DuaalPercentButton *self)
{
  self->menu_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_menu_button_set_child (self->menu_button, GTK_WIDGET (self->label));
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->menu_button));
}

GtkWidget *
duaal_percent_button_new (const char *heading)
{
  DuaalPercentButton *self;

  g_return_val_if_fail (heading != NULL, NULL);

  self = g_object_new (DUAAL_TYPE_PERCENT_BUTTON, NULL);
  gtk_menu_button_set_popover (self->menu_button, make_popover (self, heading));
  duaal_widget_set_tooltip (GTK_WIDGET (self->menu_button), heading);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
  return GTK_WIDGET (self);
}

void
duaal_percent_button_set_value (DuaalPercentButton *self,
                                const char         *text,
                                guint               tenths)
{
  g_return_if_fail (DUAAL_IS_PERCENT_BUTTON (self));

  gtk_label_set_text (self->label, text);
  self->tenths = MIN (tenths, DUAAL_MAX_PERCENT);
}

void
duaal_percent_button_set_save_func (DuaalPercentButton   *self,
                                    DuaalPercentSaveFunc  func,
                                    gpointer              user_data)
{
  g_return_if_fail (DUAAL_IS_PERCENT_BUTTON (self));

  self->save = func;
  self->save_data = user_data;
}

GtkLabel *
duaal_percent_button_get_label (DuaalPercentButton *self)
{
  g_return_val_if_fail (DUAAL_IS_PERCENT_BUTTON (self), NULL);
  return self->label;
}
